import type { UserActor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/create-api-token";
import { importDocument } from "@/lib/documents/import-document";
import { db } from "@/lib/db";

type UserRow = { id: string; name: string; color: string };

/** The actor a signed-in browser session would be for this user. */
export function sessionActor(user: UserRow): UserActor {
  return { kind: "user", userId: user.id, name: user.name, color: user.color, via: "session" };
}

/** The actor a Bearer token of this user would be. */
export function tokenActor(user: UserRow): UserActor {
  return { ...sessionActor(user), via: "token" };
}

/** A personal API token for the user, created as their own session would. */
export async function createTokenFor(user: UserRow, name = "test token") {
  return createApiToken(sessionActor(user), user.id, name);
}

/** Runs `fn` and returns the DomainError-like failure it throws (status, code, details). */
export async function failureOf(fn: () => Promise<unknown>): Promise<{ status?: number; code?: string; message: string; details?: { fields?: Record<string, string> } & Record<string, unknown>; name: string }> {
  try {
    await fn();
  } catch (error) {
    return error as never;
  }
  throw new Error("expected the call to fail");
}

/** A small paper imported by the user themself (they need a moderator or owner role in the group). */
export async function importPaperAs(user: UserRow, groupId: string, title = "Imported by a member") {
  const text = `Introduction\n\n${title}: a first paragraph about trust.\n\nIs this a question?\n`;
  return importDocument(sessionActor(user), { bytes: new TextEncoder().encode(text), filename: "paper.txt", title, groupId, format: "text" });
}

/**
 * An annotation row written straight to the database (no live server in these tests); the
 * annotations capability's own tests cover creating one through its use case.
 */
export async function annotationRow(user: UserRow, documentId: string, visibility: "group" | "private", body = `${visibility} note`) {
  return db().annotation.create({
    data: { documentId, authorId: user.id, kind: "comment", body, visibility, quote: "trust", prefix: "about ", suffix: ".", start: 10, end: 15 },
  });
}
