import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announceQuestionChange } from "./announce-debate-change";
import { loadQuestion, QUESTION_SELECT } from "./load-question";
import type { QuestionDTO } from "./present";
import { presentOneQuestion } from "./question-facts";
import { roundTimerInput } from "./schemas";

/**
 * Moderators start a timed round (everyone sees the same end time, corrected by serverNow) or
 * stop it; only while the question is open. Starting again restarts it.
 */
export async function runRoundTimer(actor: Actor, questionId: string, input: unknown): Promise<QuestionDTO> {
  const { access } = await loadQuestion(actor, questionId, "debate.moderate", "Only moderators time rounds.");
  const command = roundTimerInput.parse(input);
  const now = new Date();
  const data = command.action === "start" ? { roundStartedAt: now, roundEndsAt: new Date(now.getTime() + command.seconds * 1000) } : { roundStartedAt: null, roundEndsAt: null };
  const { count } = await db().question.updateMany({ where: { id: questionId, status: "open" }, data });
  if (count === 0) throw new DomainError(409, "question_not_open", "Rounds are timed only while the question is open.");
  const row = await db().question.findUniqueOrThrow({ where: { id: questionId }, select: QUESTION_SELECT });
  announceQuestionChange(row.documentId, row.id);
  return presentOneQuestion(actor, access, row);
}
