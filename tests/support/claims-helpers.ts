import { afterAll, beforeAll } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { toErrorResponse } from "@/lib/http/api-route";
import { addMember, createGroup, createUser, importPaper } from "./factories";
import { actorFor, type UserActor } from "./groups-helpers";

/** A small paper with two citations and a sentence that occurs twice (for passage evidence). */
export const CLAIMS_PAPER = [
  "Introduction",
  "",
  "Social credit scores shape behaviour (Creemers, 2018). Trust is built by institutions.",
  "",
  "Ratings of people invite gaming and fear (Chen & Cheung, 2017). Trust is built by institutions.",
  "",
  "Does scoring ever help?",
  "",
].join("\n");

export type Who = "owner" | "moderator" | "participant" | "other" | "viewer" | "stranger";

/** A group with one member per role (plus a second participant and a non-member) and a paper. */
export async function claimsWorld() {
  const group = await createGroup();
  const people = {} as Record<Who, UserActor>;
  for (const who of ["owner", "moderator", "participant", "other", "viewer", "stranger"] as const) {
    people[who] = actorFor(await createUser({ name: `Claims ${who}` }));
    if (who !== "stranger") await addMember(group.id, people[who].userId, who === "other" ? "participant" : who);
  }
  const paper = await importPaper(group.id, CLAIMS_PAPER, "Claims paper");
  const row = await db().document.findUniqueOrThrow({ where: { id: paper.id }, select: { plainText: true, citations: true } });
  return { groupId: group.id, documentId: paper.id, plainText: row.plainText, citations: row.citations as { key: string; label: string }[], ...people };
}

export type ClaimsWorld = Awaited<ReturnType<typeof claimsWorld>>;

/** Inside a describe: a fresh world before its tests (handed to `ready`), the client closed after. */
export function claimsSuite(ready: (world: ClaimsWorld) => void) {
  beforeAll(async () => ready(await claimsWorld()));
  afterAll(disconnectDb);
}

interface AnnotationOptions {
  kind?: "comment" | "question" | "claim";
  visibility?: "group" | "private";
  quote?: string;
  body?: string;
  createdAt?: Date;
}

/**
 * An annotation written straight to the table (the create use case is the lead's), anchored
 * on the first occurrence of `quote` in the paper's plain text.
 */
export async function annotate(documentId: string, author: UserActor, options: AnnotationOptions = {}) {
  const { plainText } = await db().document.findUniqueOrThrow({ where: { id: documentId }, select: { plainText: true } });
  const quote = options.quote ?? "Social credit scores shape behaviour";
  const start = plainText.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the paper.`);
  return db().annotation.create({
    data: {
      documentId,
      authorId: author.userId,
      kind: options.kind ?? "claim",
      body: options.body ?? "A claim worth checking.",
      tags: [],
      visibility: options.visibility ?? "group",
      quote,
      prefix: plainText.slice(Math.max(0, start - 32), start),
      suffix: plainText.slice(start + quote.length, start + quote.length + 32),
      start,
      end: start + quote.length,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
}

export async function replyTo(annotationId: string, author: UserActor, body = "I disagree with this reading.") {
  return db().reply.create({ data: { annotationId, authorId: author.userId, body } });
}

/**
 * How a failed call answers over HTTP (status, code, field errors), mapped by the routes' own
 * error mapping, so input errors (ZodError) and DomainErrors are checked the way clients see them.
 */
export async function rejection(promise: Promise<unknown>): Promise<{ status: number; code: string; fields: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    const response = toErrorResponse(error);
    const body = (await response.json()) as { error: { code: string; details?: { fields?: Record<string, string> } } };
    return { status: response.status, code: body.error.code, fields: body.error.details?.fields ?? {} };
  }
  throw new Error("Expected the call to fail, and it succeeded.");
}
