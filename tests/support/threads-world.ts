import { afterAll, beforeAll, beforeEach } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import type { GroupRole } from "@/lib/auth/policy";
import { toErrorResponse, type ErrorBody } from "@/lib/http/api-route";
import { addMember, createGroup, createUser, importPaper } from "./factories";

/** A signed-in actor (session) for a user row. */
export function actorFor(user: { id: string; name: string }): UserActor {
  return { kind: "user", userId: user.id, name: user.name, color: "#1d4ed8", via: "session" };
}

async function member(groupId: string, name: string, role: GroupRole | null): Promise<UserActor> {
  const user = await createUser({ name });
  if (role) await addMember(groupId, user.id, role);
  return actorFor(user);
}

/**
 * A fresh group with one member per role (names are fixed, so bodies can mention them), an
 * outsider, and a paper. Annotations are written straight to the table: creating them is
 * another use case's business.
 */
export async function threadWorld() {
  const group = await createGroup();
  const paper = await importPaper(group.id);
  const people = {
    owner: await member(group.id, "Olga Owner", "owner"),
    moderator: await member(group.id, "Mona Moderator", "moderator"),
    asker: await member(group.id, "Ada", "participant"),
    participant: await member(group.id, "Grace Hopper", "participant"),
    viewer: await member(group.id, "Vic Viewer", "viewer"),
    outsider: await member(group.id, "Otto Outsider", null),
  };

  async function annotate(author: UserActor, fields: { kind?: "comment" | "question" | "claim"; visibility?: "group" | "private"; body?: string } = {}) {
    return db().annotation.create({
      data: {
        documentId: paper.id,
        authorId: author.userId,
        kind: fields.kind ?? "comment",
        body: fields.body ?? "An annotation.",
        tags: [],
        visibility: fields.visibility ?? "group",
        quote: "first paragraph",
        prefix: "A ",
        suffix: " about",
        start: 16,
        end: 31,
      },
    });
  }

  return { group, paper, ...people, annotate };
}

export type ThreadWorld = Awaited<ReturnType<typeof threadWorld>>;

/**
 * A thread world for a test file: one for the whole file, or a `fresh` one per test (for
 * counting inbox items). The returned object is filled in before the tests run.
 */
export function useThreadWorld({ fresh = false } = {}): ThreadWorld {
  const world = {} as ThreadWorld;
  (fresh ? beforeEach : beforeAll)(async () => {
    Object.assign(world, await threadWorld());
  });
  afterAll(async () => {
    await disconnectDb();
  });
  return world;
}

/** What a moderator's hide leaves in the row (moderation is another use case's business). */
export async function hideRow(table: "reply" | "annotation", id: string, by: UserActor, reason = "Off topic") {
  const data = { hiddenAt: new Date(), hiddenById: by.userId, hiddenReason: reason };
  if (table === "reply") await db().reply.update({ where: { id }, data });
  else await db().annotation.update({ where: { id }, data });
}

export function inboxRows(user: UserActor) {
  return db().inboxItem.findMany({ where: { userId: user.userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** How a route would answer the error a promise rejects with (status, code, details). */
export async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string; details?: { fields?: Record<string, string> } }> {
  try {
    await promise;
  } catch (error) {
    const response = toErrorResponse(error);
    return { status: response.status, ...((await response.json()) as ErrorBody).error } as { status: number; code: string };
  }
  throw new Error("Expected the call to fail, and it succeeded.");
}
