import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type DocumentAccess, type DocumentAction } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { closeDueQuestions, pastScheduledClose } from "./close-due-questions";
import type { RatingVisibility } from "./present";

export const QUESTION_SELECT = {
  id: true,
  documentId: true,
  text: true,
  quote: true,
  start: true,
  end: true,
  origin: true,
  status: true,
  proposedById: true,
  outcome: true,
  closesAt: true,
  closedAt: true,
  anonymous: true,
  roundStartedAt: true,
  roundEndsAt: true,
  createdAt: true,
} as const;

/** A question as QUESTION_SELECT reads it. */
export type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof QUESTION_SELECT }>;

export interface GroupSettings {
  ratingVisibility: RatingVisibility;
  moderatorsSeeNames: boolean;
}

export interface LoadedQuestion {
  question: QuestionRow;
  access: DocumentAccess;
  settings: GroupSettings;
}

export const questionNotFound = () => new DomainError(404, "not_found", "No such question.");

/** Dismissed questions are a moderator's business; everyone who reads the paper sees the rest. */
export function mayReadQuestion(actor: Actor, access: DocumentAccess, status: QuestionRow["status"]): boolean {
  if (!can(actor, "document.read", access)) return false;
  return status !== "dismissed" || can(actor, "debate.moderate", access);
}

async function fetchQuestion(actor: Actor, questionId: string) {
  const userId = actor.kind === "user" ? actor.userId : "";
  return db().question.findUnique({
    where: { id: questionId },
    select: {
      ...QUESTION_SELECT,
      document: {
        select: {
          groupId: true,
          roles: { where: { userId }, select: { role: true } },
          group: { select: { ratingVisibility: true, moderatorsSeeNames: true, memberships: { where: { userId }, select: { role: true } } } },
        },
      },
    },
  });
}

/**
 * A question with the actor's access to its document and the group's debate settings, in one
 * query (two when a scheduled close falls due). 404 for missing and unreadable alike; with
 * `action`, 403 when the actor reads it but may not do that.
 */
export async function loadQuestion(actor: Actor, questionId: string, action?: DocumentAction, denied = "You may read this debate but not do that."): Promise<LoadedQuestion> {
  let row = await fetchQuestion(actor, questionId);
  if (!row) throw questionNotFound();
  if (pastScheduledClose(row, new Date())) {
    await closeDueQuestions({ questionId });
    row = (await fetchQuestion(actor, questionId)) ?? row;
  }
  const { document, ...question } = row;
  const access: DocumentAccess = {
    documentId: question.documentId,
    groupId: document.groupId,
    groupRole: document.group.memberships[0]?.role ?? null,
    isAuthor: document.roles.some((role) => role.role === "author"),
  };
  if (!mayReadQuestion(actor, access, question.status)) throw questionNotFound();
  if (action && !can(actor, action, access)) throw new DomainError(403, "forbidden", denied);
  return { question, access, settings: { ratingVisibility: document.group.ratingVisibility, moderatorsSeeNames: document.group.moderatorsSeeNames } };
}
