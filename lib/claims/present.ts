import { claimStatus, type ClaimStatus } from "@/lib/annotations/claim-status";
import { renderMarkdown } from "@/lib/annotations/render-markdown";
import { PERSON_SELECT, presentPerson, type PersonRef, type PersonRow } from "@/lib/threads/present";
import { storedEvidence, type StoredEvidence } from "./evidence";
import type { StanceValue } from "./schemas";

/** One member's stance on one claim, with its reason (as written and rendered) and evidence. */
export interface StanceView {
  id: string;
  value: StanceValue;
  reason: string;
  reasonHtml: string;
  evidence: StoredEvidence[];
  author: PersonRef;
  mine: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ClaimCounts {
  supported: number;
  contested: number;
}

/** A claim's derived status and counts. Counts describe the claim, never any member. */
export interface ClaimSummary {
  annotationId: string;
  status: ClaimStatus;
  counts: ClaimCounts;
  myStance: StanceView | null;
}

export interface StanceList {
  supported: StanceView[];
  contested: StanceView[];
  summary: ClaimSummary;
}

/** The columns `presentStance` needs, for every query that loads stances. */
export const STANCE_SELECT = {
  id: true,
  value: true,
  reason: true,
  evidence: true,
  createdAt: true,
  updatedAt: true,
  userId: true,
  user: { select: PERSON_SELECT },
} as const;

interface StanceRow {
  id: string;
  value: StanceValue;
  reason: string;
  evidence: unknown;
  createdAt: Date;
  updatedAt: Date;
  userId: string;
  user: PersonRow;
}

export function presentStance(row: StanceRow, viewerId: string): StanceView {
  return {
    id: row.id,
    value: row.value,
    reason: row.reason,
    reasonHtml: renderMarkdown(row.reason),
    evidence: storedEvidence(row.evidence),
    author: presentPerson(row.user),
    mine: row.userId === viewerId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSummary(annotationId: string, counts: ClaimCounts, myStance: StanceView | null): ClaimSummary {
  return { annotationId, status: claimStatus(counts.supported, counts.contested), counts, myStance };
}
