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

/** An author (or owner) marked the claim revised in the paper's text, linking to the revision. */
export interface ClaimRevision {
  at: string;
  url: string;
  note: string | null;
  by: PersonRef;
}

/** A claim's derived status and counts. Counts describe the claim, never any member. */
export interface ClaimSummary {
  annotationId: string;
  status: ClaimStatus;
  counts: ClaimCounts;
  myStance: StanceView | null;
  revised: ClaimRevision | null;
}

export interface StanceList {
  supported: StanceView[];
  contested: StanceView[];
  summary: ClaimSummary;
  /** Whether the reader may mark the claim revised in the text (the paper's authors, owners). */
  canMarkRevised: boolean;
}

/** The revision columns of an annotation, for every query that presents them. */
export const REVISION_SELECT = { revisedAt: true, revisionUrl: true, revisionNote: true, revisedById: true } as const;

export interface RevisionRow {
  revisedAt: Date | null;
  revisionUrl: string | null;
  revisionNote: string | null;
  revisedById: string | null;
}

/** The revision of a claim, with who marked it (looked up by the caller: the column has no relation). */
export function presentRevision(row: RevisionRow, people: Map<string, PersonRow>): ClaimRevision | null {
  if (!row.revisedAt || !row.revisionUrl) return null;
  return { at: row.revisedAt.toISOString(), url: row.revisionUrl, note: row.revisionNote, by: presentPerson(row.revisedById ? (people.get(row.revisedById) ?? null) : null) };
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

export function presentSummary(annotationId: string, counts: ClaimCounts, myStance: StanceView | null, revised: ClaimRevision | null = null): ClaimSummary {
  return { annotationId, status: claimStatus(counts.supported, counts.contested), counts, myStance, revised };
}
