/** The shapes the annotation UI reads, as the API presents them (types only: nothing server-side is bundled). */
export type { AnnotationDTO, AnnotationKind } from "@/lib/annotations/present";
export type { ClaimStatus } from "@/lib/annotations/claim-status";
export type { StanceList, StanceView, ClaimSummary } from "@/lib/claims/present";
export type { StoredEvidence } from "@/lib/claims/evidence";
export type { ReplyDTO, ThreadDTO, ReactionCount, InboxItemDTO, InboxPage } from "@/lib/threads/present";

import type { AnnotationDTO } from "@/lib/annotations/present";

/** What the reader may do here, derived once per page. */
export interface Abilities {
  /** Signed-in account id, or null for a guest. */
  userId: string | null;
  annotate: boolean;
  moderate: boolean;
}

/** A passage chosen in the paper: ProseMirror range plus plain-text range and quote. */
export interface Passage {
  from: number;
  to: number;
  start: number;
  end: number;
  quote: string;
}

export type Kind = AnnotationDTO["kind"];

export const KIND_LABEL: Record<Kind, string> = { comment: "Comment", question: "Question", claim: "Claim" };

/** Text symbols (not colour alone) tell kinds apart. */
export const KIND_ICON: Record<Kind, string> = { comment: "✎", question: "?", claim: "⚖" };

export const STATUS_LABEL = { unreviewed: "unreviewed", supported: "supported", contested: "contested", disputed: "disputed" } as const;

/** The one wording for a claim's counts, used everywhere. */
export function stanceCounts(supported: number, contested: number): string {
  return `${supported} supported · ${contested} contested`;
}
