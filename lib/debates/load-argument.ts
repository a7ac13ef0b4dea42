import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DocumentAction } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { treeOf } from "./argument-views";
import { loadQuestion, type LoadedQuestion } from "./load-question";
import { debateIdSchema } from "./schemas";
import type { Tree } from "./tree";

export const argumentNotFound = () => new DomainError(404, "not_found", "No such argument.");

const ARGUMENT_FACTS = { id: true, questionId: true, parentId: true, status: true, authorId: true, mergedIntoId: true, lockedAt: true, pinnedAt: true, hiddenAt: true, body: true, evidence: true } as const;

export type ArgumentFacts = Prisma.ArgumentGetPayload<{ select: typeof ARGUMENT_FACTS }>;

/**
 * An argument with its question and the actor's access (404 for missing and unreadable alike,
 * merged ones included: they are no longer an argument of their own); with `action`, 403 when
 * the actor reads the debate but may not do that.
 */
export async function loadArgument(actor: Actor, argumentId: string, action?: DocumentAction, denied?: string): Promise<{ argument: ArgumentFacts; loaded: LoadedQuestion }> {
  if (!debateIdSchema.safeParse(argumentId).success) throw argumentNotFound();
  const argument = await db().argument.findUnique({ where: { id: argumentId }, select: ARGUMENT_FACTS });
  if (!argument) throw argumentNotFound();
  const loaded = await loadQuestion(actor, argument.questionId, action, denied).catch((error: unknown) => {
    throw error instanceof DomainError && error.status === 404 ? argumentNotFound() : error;
  });
  return { argument, loaded };
}

export function assertOpen(loaded: LoadedQuestion): void {
  if (loaded.question.status !== "open") throw new DomainError(409, "question_not_open", `This question is ${loaded.question.status}; arguments and ratings are taken only while it is open.`);
}

export function assertNotMerged(argument: { status: string }): void {
  if (argument.status === "merged") throw new DomainError(409, "merged", "This argument was merged into another one.");
}

type TreeClient = Pick<Prisma.TransactionClient, "argument">;

/** The question's tree skeleton (ids, parents, merges, locks), for validating a structural change. */
export async function loadTree(client: TreeClient, questionId: string): Promise<{ tree: Tree; rows: { id: string; lockedAt: Date | null; status: string; parentId: string | null }[] }> {
  const rows = await client.argument.findMany({ where: { questionId }, select: { id: true, parentId: true, status: true, mergedIntoId: true, lockedAt: true, pinnedAt: true, createdAt: true } });
  return { tree: treeOf(rows), rows };
}
