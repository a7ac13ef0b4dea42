/** The debate shapes the UI reads, as the API presents them (types only: nothing server-side is bundled). */
export type { QuestionDTO, ArgumentDTO, DebateListing, QuestionStatus, ArgumentStance, RatingVisibility, ArgumentRatingSummary } from "@/lib/debates/present";
export type { StoredEvidence } from "@/lib/claims/evidence";

import type { ArgumentStance, QuestionStatus } from "@/lib/debates/present";

/** Text marks (not colour alone) tell pro from con, everywhere: outline, map, composer. */
export const STANCE_SIGN: Record<ArgumentStance, string> = { pro: "+", con: "−" };
export const STANCE_LABEL: Record<ArgumentStance, string> = { pro: "Pro", con: "Con" };

export const STATUS_LABEL: Record<QuestionStatus, string> = {
  proposed: "Proposed",
  approved: "Approved",
  open: "Open",
  closed: "Closed",
  dismissed: "Dismissed",
};

export const MAX_ARGUMENT_LENGTH = 1000;

/** The impact scale of a rating: what each value means, said in words as well as numbers. */
export const IMPACT_LABEL = ["No impact", "Low", "Medium", "High", "Decisive"] as const;

export function questionUrl(documentId: string, questionId: string) {
  return `/documents/${documentId}/debates/${questionId}`;
}

/** The reading page scrolled to (and flashing) a passage given in plain-text offsets. */
export function passageUrl(documentId: string, start: number, end: number) {
  return `/documents/${documentId}?passage=${start}-${end}`;
}
