import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { DomainError } from "@/lib/documents/errors";
import { announceQuestionChange } from "./announce-debate-change";
import { QUESTION_SELECT } from "./load-question";
import { questionPassage } from "./paper-evidence";
import type { QuestionDTO } from "./present";
import { presentOneQuestion } from "./question-facts";
import { proposeQuestionInput } from "./schemas";

/** A member proposes a question, optionally from a passage of the paper; moderators then approve or dismiss it. */
export async function proposeQuestion(actor: Actor, documentId: string, input: unknown): Promise<QuestionDTO> {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  if (!can(actor, "debate.propose", access)) throw new DomainError(403, "forbidden", "Viewers can read the questions but not propose one.");
  const { text, passage } = proposeQuestionInput.parse(input);
  const anchored = passage ? await questionPassage(documentId, passage) : { quote: "", start: null, end: null };
  const row = await db().question.create({
    data: { documentId, text, ...anchored, origin: "member", status: "proposed", proposedById: actor.kind === "user" ? actor.userId : null },
    select: QUESTION_SELECT,
  });
  announceQuestionChange(documentId, row.id);
  return presentOneQuestion(actor, access, row);
}
