import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announceDebateChange } from "./announce-debate-change";
import { argumentView } from "./argument-views";
import { recordDebateAudit } from "./debate-audit";
import { loadArgument, loadTree } from "./load-argument";
import type { ArgumentDTO } from "./present";
import { mergeArgumentInput } from "./schemas";
import { mergeNodes, TreeError } from "./tree";

export interface MergeResult {
  merge: { id: string; sourceId: string; targetId: string; movedChildIds: string[] };
  target: ArgumentDTO;
}

/**
 * Merges a duplicate (the source) into another argument of the same question: the source is
 * marked merged, its children move to the target (keeping their stance), and a merge row
 * records what moved so a moderator can undo it. Both rows are locked in id order, then the
 * source is updated only WHERE status <> 'merged': of two moderators merging the same pair at
 * once, exactly one wins and the other gets 409. The source's ratings stay on it.
 */
export async function mergeArgument(actor: Actor, sourceId: string, input: unknown): Promise<MergeResult> {
  const { loaded } = await loadArgument(actor, sourceId, "debate.moderate", "Only moderators merge arguments.");
  const { targetId } = mergeArgumentInput.parse(input);
  const { question, access } = loaded;
  const actorId = actor.kind === "user" ? actor.userId : null;
  const merge = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Question" WHERE id = ${question.id} FOR UPDATE`;
    const locked = await tx.$queryRaw<{ id: string; status: string; questionId: string }[]>`
      SELECT id, status::text AS status, "questionId" FROM "Argument" WHERE id IN (${sourceId}, ${targetId}) ORDER BY id FOR UPDATE`;
    const target = locked.find((row) => row.id === targetId);
    if (!target || target.questionId !== question.id) throw new DomainError(422, "invalid_input", "The target is not an argument of this question.", { fields: { targetId: "Not an argument of this question." } });
    if (targetId === sourceId) throw new DomainError(422, "invalid_input", "An argument cannot be merged into itself.", { fields: { targetId: "Pick another argument." } });
    if (locked.find((row) => row.id === sourceId)?.status === "merged") throw new DomainError(409, "already_merged", "This argument was already merged.");
    if (target.status === "merged") throw new DomainError(409, "target_merged", "The target was itself merged into another argument.");
    const { tree } = await loadTree(tx, question.id);
    let movedChildIds: string[];
    try {
      movedChildIds = mergeNodes(tree, sourceId, targetId).movedChildIds;
    } catch (error) {
      if (error instanceof TreeError && error.code === "cycle") throw new DomainError(422, "cycle", "An argument cannot be merged into one of its own replies.");
      throw error;
    }
    const { count } = await tx.argument.updateMany({ where: { id: sourceId, status: { not: "merged" } }, data: { status: "merged", mergedIntoId: targetId } });
    if (count === 0) throw new DomainError(409, "already_merged", "This argument was already merged.");
    if (movedChildIds.length > 0) await tx.argument.updateMany({ where: { id: { in: movedChildIds } }, data: { parentId: targetId } });
    const row = await tx.argumentMerge.create({ data: { questionId: question.id, sourceId, targetId, movedChildIds, mergedById: actorId }, select: { id: true } });
    await recordDebateAudit(tx, actor, access.groupId, "argument.merged", sourceId, { documentId: question.documentId, questionId: question.id, targetId, mergeId: row.id, movedChildIds });
    return { id: row.id, sourceId, targetId, movedChildIds };
  });
  announceDebateChange(question.documentId, question.id, [sourceId, targetId, ...merge.movedChildIds]);
  return { merge, target: (await argumentView(actor, loaded, targetId))! };
}

