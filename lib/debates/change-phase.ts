import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { notifyDebateEvent } from "@/lib/mail/notify-debate-event";
import { announceQuestionChange } from "./announce-debate-change";
import { recordDebateAudit } from "./debate-audit";
import { loadQuestion, QUESTION_SELECT, type QuestionRow } from "./load-question";
import type { QuestionDTO, QuestionStatus } from "./present";
import { presentOneQuestion } from "./question-facts";
import { changePhaseInput, type PhaseAction } from "./schemas";

/** The phase machine: for each action, the statuses it leaves from and the status it reaches. */
const TRANSITIONS: Record<PhaseAction, { from: QuestionStatus[]; to: QuestionStatus }> = {
  approve: { from: ["proposed"], to: "approved" },
  open: { from: ["proposed", "approved"], to: "open" },
  close: { from: ["open"], to: "closed" },
  dismiss: { from: ["proposed", "approved"], to: "dismissed" },
  reopen: { from: ["closed", "dismissed"], to: "open" },
};

/** Where an action takes a question, or null when it may not be taken from `status`. */
export function nextStatus(status: QuestionStatus, action: PhaseAction): QuestionStatus | null {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) return null;
  // Reopening a dismissed proposal puts it back up for approval, not straight into debate.
  if (action === "reopen" && status === "dismissed") return "proposed";
  return rule.to;
}

function changesFor(question: QuestionRow, to: QuestionStatus, outcome: string | undefined, now: Date) {
  // A schedule already past would close the question again at once; it no longer applies.
  const staleSchedule = question.closesAt && question.closesAt.getTime() <= now.getTime() ? { closesAt: null } : {};
  switch (to) {
    case "closed":
      return { status: to, outcome, closedAt: now, roundStartedAt: null, roundEndsAt: null };
    case "open":
      // Reopening keeps the previous outcome until the next close.
      return { status: to, closedAt: null, ...staleSchedule };
    default:
      return { status: to };
  }
}

/**
 * Moderators move a question through its phases: approve, open, close (with a written
 * outcome), reopen, dismiss. The UPDATE is conditional on the status read, so of two
 * moderators acting at once one wins and the other gets 409.
 */
export async function changePhase(actor: Actor, questionId: string, input: unknown): Promise<QuestionDTO> {
  const { question, access } = await loadQuestion(actor, questionId, "debate.moderate", "Only moderators run debates.");
  const { action, outcome } = changePhaseInput.parse(input);
  if (action === "close" && !outcome) throw new DomainError(422, "invalid_input", "Closing a question needs a written outcome.", { fields: { outcome: "Write the outcome." } });
  const to = nextStatus(question.status, action);
  if (!to) throw new DomainError(409, "invalid_transition", `A ${question.status} question cannot be ${action === "reopen" ? "reopened" : `${action}d`}.`, { status: question.status, action });
  const now = new Date();
  const row = await db().$transaction(async (tx) => {
    const { count } = await tx.question.updateMany({ where: { id: questionId, status: question.status }, data: changesFor(question, to, outcome, now) });
    if (count === 0) throw new DomainError(409, "invalid_transition", "The question changed meanwhile; reload it.");
    await recordDebateAudit(tx, actor, access.groupId, `question.${action}`, questionId, { documentId: access.documentId, from: question.status, to });
    if (to === "open" || to === "closed") await notifyDebateEvent(to === "open" ? "opened" : "closed", questionId, actor.kind === "user" ? actor.userId : null, tx);
    return tx.question.findUniqueOrThrow({ where: { id: questionId }, select: QUESTION_SELECT });
  });
  announceQuestionChange(row.documentId, row.id);
  return presentOneQuestion(actor, access, row);
}
