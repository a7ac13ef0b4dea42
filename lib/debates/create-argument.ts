import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { announceDebateChange } from "./announce-debate-change";
import { argumentView, branchLocked } from "./argument-views";
import { assertOpen, loadTree } from "./load-argument";
import { loadQuestion } from "./load-question";
import { argumentEvidence } from "./paper-evidence";
import type { ArgumentDTO } from "./present";
import { ensurePseudonyms } from "./pseudonyms";
import { createArgumentInput } from "./schemas";

const invalidParent = (message: string) => new DomainError(422, "invalid_input", message, { fields: { parentId: message } });

/**
 * A member argues pro or con the question (parentId null) or another argument, optionally
 * citing passages of this paper and sources. Checks run before anything is written; the
 * question's row is share-locked while inserting, so a close that commits first is honoured.
 */
export async function createArgument(actor: Actor, questionId: string, input: unknown): Promise<ArgumentDTO> {
  const loaded = await loadQuestion(actor, questionId, "debate.argue", "Viewers can read the debate but not argue.");
  if (actor.kind !== "user") throw new DomainError(403, "forbidden", "Only members argue.");
  const { parentId, stance, body, evidence, asAuthor } = createArgumentInput.parse(input);
  if (asAuthor && !can(actor, "document.answer-as-author", loaded.access)) throw new DomainError(403, "forbidden", "Only the paper's authors answer as author.");
  assertOpen(loaded);
  const stored = await argumentEvidence(loaded.question.documentId, evidence);
  const id = await db().$transaction(async (tx) => {
    const [question] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Question" WHERE id = ${questionId} FOR SHARE`;
    if (question?.status !== "open") throw new DomainError(409, "question_not_open", "This question is no longer open.");
    if (parentId !== null) {
      const { tree, rows } = await loadTree(tx, questionId);
      const parent = rows.find((row) => row.id === parentId);
      if (!parent) throw invalidParent("The parent is not an argument of this question.");
      if (parent.status === "merged") throw invalidParent("The parent was merged into another argument; reply there.");
      if (branchLocked(tree, new Map(rows.map((row) => [row.id, row])), parentId)) throw new DomainError(409, "branch_locked", "A moderator locked this branch.");
    }
    const created = await tx.argument.create({ data: { questionId, parentId, stance, body, evidence: stored, authorId: actor.userId, asAuthor }, select: { id: true } });
    return created.id;
  });
  // Name the new author now, so readers of an anonymous debate do not assign it on their read.
  if (loaded.question.anonymous) await ensurePseudonyms(questionId, [actor.userId]);
  announceDebateChange(loaded.question.documentId, questionId, [id]);
  return (await argumentView(actor, loaded, id))!;
}
