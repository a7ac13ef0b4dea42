import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { announceQuestionChange } from "./announce-debate-change";
import { recordDebateAudit } from "./debate-audit";
import { loadQuestion, QUESTION_SELECT } from "./load-question";
import type { QuestionDTO } from "./present";
import { presentOneQuestion } from "./question-facts";
import { updateQuestionInput } from "./schemas";

/** Moderators edit a question's text, schedule (or unschedule) its close, and switch anonymous mode. */
export async function updateQuestion(actor: Actor, questionId: string, input: unknown): Promise<QuestionDTO> {
  const { access } = await loadQuestion(actor, questionId, "debate.moderate", "Only moderators edit questions.");
  const { text, closesAt, anonymous } = updateQuestionInput.parse(input);
  const data = {
    ...(text === undefined ? {} : { text }),
    ...(closesAt === undefined ? {} : { closesAt: closesAt === null ? null : new Date(closesAt) }),
    ...(anonymous === undefined ? {} : { anonymous }),
  };
  const row = await db().$transaction(async (tx) => {
    const updated = await tx.question.update({ where: { id: questionId }, data, select: QUESTION_SELECT });
    await recordDebateAudit(tx, actor, access.groupId, "question.updated", questionId, { documentId: access.documentId, fields: Object.keys(data) });
    return updated;
  });
  announceQuestionChange(row.documentId, row.id);
  return presentOneQuestion(actor, access, row);
}
