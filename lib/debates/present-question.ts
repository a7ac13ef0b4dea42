import type { Actor } from "@/lib/auth/actor";
import { can, type DocumentAccess } from "@/lib/auth/policy";
import { documentUrl } from "@/lib/documents/present";
import type { QuestionRow } from "./load-question";
import type { QuestionDTO, RatingVisibility } from "./present";

export function questionUrl(documentId: string, questionId: string): string {
  return `${documentUrl(documentId)}/debates/${questionId}`;
}

export interface QuestionExtras {
  argumentCount: number;
  proposedBy: { name: string; color: string } | null;
  ratingVisibility: RatingVisibility;
  now?: Date;
}

/** A question row as the actor sees it (what they may do depends on the phase and their role). */
export function presentQuestion(actor: Actor, access: DocumentAccess, row: QuestionRow, extras: QuestionExtras): QuestionDTO {
  const open = row.status === "open";
  const now = extras.now ?? new Date();
  const round = row.roundStartedAt && row.roundEndsAt ? { startedAt: row.roundStartedAt.toISOString(), endsAt: row.roundEndsAt.toISOString() } : null;
  return {
    id: row.id,
    documentId: row.documentId,
    text: row.text,
    quote: row.quote,
    start: row.start,
    end: row.end,
    origin: row.origin === "member" ? "member" : "import",
    status: row.status,
    proposedBy: extras.proposedBy,
    outcome: row.outcome,
    closesAt: row.closesAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    anonymous: row.anonymous,
    round,
    ratingVisibility: extras.ratingVisibility,
    argumentCount: extras.argumentCount,
    serverNow: now.toISOString(),
    url: questionUrl(row.documentId, row.id),
    can: {
      argue: open && can(actor, "debate.argue", access),
      rate: open && can(actor, "debate.rate", access),
      moderate: can(actor, "debate.moderate", access),
    },
  };
}

/** The one sentence shown for a question closed by its schedule, which carries no outcome. */
export const CLOSED_ON_SCHEDULE = "Closed on schedule.";
