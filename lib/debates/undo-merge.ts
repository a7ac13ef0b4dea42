import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announceDebateChange } from "./announce-debate-change";
import { argumentView } from "./argument-views";
import { recordDebateAudit } from "./debate-audit";
import { loadTree } from "./load-argument";
import { loadQuestion } from "./load-question";
import type { ArgumentDTO } from "./present";
import { debateIdSchema } from "./schemas";
import { unmergeNodes } from "./tree";

const mergeNotFound = () => new DomainError(404, "not_found", "No such merge.");

/**
 * Undoes a merge (moderators): the source is an argument again under its old parent, the moved
 * children still under the target go back to it, and the merge row records the undo. The merge
 * row is updated only WHERE undoneAt IS NULL, so undoing twice answers 409.
 */
export async function undoMerge(actor: Actor, mergeId: string): Promise<{ source: ArgumentDTO; targetId: string }> {
  if (!debateIdSchema.safeParse(mergeId).success) throw mergeNotFound();
  const merge = await db().argumentMerge.findUnique({ where: { id: mergeId } });
  if (!merge) throw mergeNotFound();
  const loaded = await loadQuestion(actor, merge.questionId, "debate.moderate", "Only moderators undo merges.").catch((error: unknown) => {
    throw error instanceof DomainError && error.status === 404 ? mergeNotFound() : error;
  });
  const { question, access } = loaded;
  const actorId = actor.kind === "user" ? actor.userId : null;
  const returned = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Question" WHERE id = ${question.id} FOR UPDATE`;
    const { count } = await tx.argumentMerge.updateMany({ where: { id: mergeId, undoneAt: null }, data: { undoneAt: new Date(), undoneById: actorId } });
    if (count === 0) throw new DomainError(409, "already_undone", "This merge was already undone.");
    const { tree } = await loadTree(tx, question.id);
    const plan = unmergeNodes(tree, merge);
    const source = await tx.argument.findUniqueOrThrow({ where: { id: merge.sourceId }, select: { hiddenAt: true } });
    await tx.argument.update({ where: { id: merge.sourceId }, data: { status: source.hiddenAt ? "hidden" : "visible", mergedIntoId: null, parentId: plan.parentId } });
    if (plan.returnedChildIds.length > 0) await tx.argument.updateMany({ where: { id: { in: plan.returnedChildIds } }, data: { parentId: merge.sourceId } });
    await recordDebateAudit(tx, actor, access.groupId, "argument.unmerged", merge.sourceId, { documentId: question.documentId, questionId: question.id, mergeId, targetId: merge.targetId, returnedChildIds: plan.returnedChildIds });
    return plan.returnedChildIds;
  });
  announceDebateChange(question.documentId, question.id, [merge.sourceId, merge.targetId, ...returned]);
  return { source: (await argumentView(actor, loaded, merge.sourceId))!, targetId: merge.targetId };
}
