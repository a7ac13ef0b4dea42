import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { DomainError } from "@/lib/documents/errors";
import { closeDueQuestions } from "./close-due-questions";
import { QUESTION_SELECT } from "./load-question";
import type { QuestionDTO } from "./present";
import { presentQuestions } from "./question-facts";

/**
 * A document's questions in reading order (by passage, then oldest first; proposals without a
 * passage last). Every reader sees proposed, approved, open and closed ones; dismissed ones
 * only moderators. Due scheduled closes are applied first.
 */
export async function listQuestions(actor: Actor, documentId: string, options: { publicLink?: string } = {}): Promise<{ items: QuestionDTO[]; nextCursor: null }> {
  const access = await loadDocumentAccess(actor, documentId, options);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  await closeDueQuestions({ documentId });
  const rows = await db().question.findMany({
    where: { documentId, ...(can(actor, "debate.moderate", access) ? {} : { status: { not: "dismissed" } }) },
    select: QUESTION_SELECT,
    orderBy: [{ start: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  return { items: await presentQuestions(actor, access, rows), nextCursor: null };
}
