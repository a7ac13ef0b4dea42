import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announceDebateChange } from "./announce-debate-change";
import { argumentView } from "./argument-views";
import { recordDebateAudit } from "./debate-audit";
import { assertNotMerged, loadArgument, loadTree } from "./load-argument";
import type { ArgumentDTO } from "./present";
import { moveArgumentInput } from "./schemas";
import { moveNode, TreeError } from "./tree";

/**
 * Moderators re-parent an argument (with its subtree) within its question, and may flip its
 * stance relative to the new parent. The tree is checked in the transaction: into its own
 * subtree is a cycle (422), a parent of another question or a merged one is invalid (422).
 */
export async function moveArgument(actor: Actor, argumentId: string, input: unknown): Promise<ArgumentDTO> {
  const { argument, loaded } = await loadArgument(actor, argumentId, "debate.moderate", "Only moderators move arguments.");
  const { parentId, stance } = moveArgumentInput.parse(input);
  assertNotMerged(argument);
  const { question, access } = loaded;
  await db().$transaction(async (tx) => {
    // Serialise structural changes of one question (moves, merges, undos) so checks stay true.
    await tx.$queryRaw`SELECT id FROM "Question" WHERE id = ${question.id} FOR UPDATE`;
    const { tree } = await loadTree(tx, question.id);
    if (parentId !== null && !tree.has(parentId)) throw new DomainError(422, "invalid_input", "The new parent is not an argument of this question.", { fields: { parentId: "Not an argument of this question." } });
    try {
      moveNode(tree, argumentId, parentId);
    } catch (error) {
      if (!(error instanceof TreeError)) throw error;
      if (error.code === "cycle") throw new DomainError(422, "cycle", "An argument cannot move below itself.");
      throw new DomainError(422, "invalid_input", "The new parent was merged into another argument.", { fields: { parentId: error.message } });
    }
    await tx.argument.update({ where: { id: argumentId }, data: { parentId, stance } });
    await recordDebateAudit(tx, actor, access.groupId, "argument.moved", argumentId, { documentId: question.documentId, questionId: question.id, from: argument.parentId, to: parentId, stance });
  });
  announceDebateChange(question.documentId, question.id, [argumentId]);
  return (await argumentView(actor, loaded, argumentId))!;
}
