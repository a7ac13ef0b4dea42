import type { ClaimStatus } from "@/lib/annotations/claim-status";
import type { StoredEvidence } from "@/lib/claims/evidence";
import type { MapLayout } from "@/lib/debates/map-layout";
import type { QuestionStatus } from "@/lib/debates/present";

/**
 * The feedback report (GET /api/documents/:id/report): what a seminar thought of a paper,
 * for its authors, owners and moderators. Counts describe claims, passages and debates, never
 * people: nobody is scored or ranked. Private annotations never enter it; hidden content is
 * left out (only its number is given); anonymous debates show pseudonyms only.
 */
export interface ReportDTO {
  document: { id: string; title: string; url: string };
  generatedAt: string;
  totals: ReportTotals;
  sections: ReportSection[];
  claims: ReportClaim[];
  passages: ReportPassage[];
  debates: ReportDebate[];
  open: { questions: ReportOpenQuestion[]; unanswered: ReportUnanswered[] };
  orphans: ReportOrphan[];
  /** How the figures are computed, shown in the page and the exports. */
  notes: { balance: string; hidden: string; sections: string };
}

export interface ReportTotals {
  annotations: number;
  claims: number;
  replies: number;
  stances: number;
  questions: number;
  arguments: number;
  orphans: number;
  /** Hidden annotations, replies and arguments left out of the report. */
  hiddenOmitted: number;
}

/** A part of the paper between two headings ("Opening" for the text before the first). */
export interface ReportSection {
  index: number;
  title: string;
  start: number;
  end: number;
  annotations: number;
  /** Contested stances taken on claims in this section. */
  contestedStances: number;
  /** Annotations per 1,000 characters of the section. */
  annotationDensity: number;
  /** Contested stances per 1,000 characters of the section. */
  contestDensity: number;
  statuses: Record<ClaimStatus, number>;
  link: string;
}

export interface ReportReason {
  reason: string;
  evidence: StoredEvidence[];
  author: string;
}

export interface ReportClaim {
  id: string;
  quote: string;
  body: string;
  author: string;
  section: string;
  anchor: { start: number; end: number };
  createdAt: string;
  status: ClaimStatus;
  claim: { supported: number; contested: number };
  reasons: { supported: ReportReason[]; contested: ReportReason[] };
  revised: { at: string; url: string | null; note: string | null } | null;
  replies: number;
  link: string;
}

/** A paragraph of the paper with its discussion: annotations, replies and stances on it. */
export interface ReportPassage {
  start: number;
  end: number;
  quote: string;
  section: string;
  annotations: number;
  replies: number;
  stances: number;
  activity: number;
  kinds: { comment: number; question: number; claim: number };
  link: string;
}

export interface ReportArgument {
  id: string;
  parentId: string | null;
  stance: "pro" | "con";
  body: string;
  /** The member's name, or their pseudonym (or "Anonymous participant") in an anonymous debate. */
  author: string;
  asAuthor: boolean;
  ratingMean: number | null;
  ratingCount: number;
}

export interface DebateBalance {
  /** Sum over top-level pro arguments of their mean impact (unrated counts 0). */
  pro: number;
  con: number;
  /** pro − con. */
  net: number;
  leaning: "pro" | "con" | "even";
}

export interface ReportDebate {
  id: string;
  text: string;
  status: QuestionStatus;
  outcome: string | null;
  anonymous: boolean;
  argumentCount: number;
  /** Members who argued or rated (a plain count). */
  participants: number;
  /** Null while the group's rating visibility keeps ratings back (until the question closes). */
  balance: DebateBalance | null;
  arguments: ReportArgument[];
  map: MapLayout;
  link: string;
}

export interface ReportOpenQuestion {
  id: string;
  text: string;
  status: QuestionStatus;
  origin: string;
  argumentCount: number;
  link: string;
}

export interface ReportUnanswered {
  id: string;
  quote: string;
  body: string;
  section: string;
  replies: number;
  link: string;
}

export interface ReportOrphan {
  id: string;
  kind: "comment" | "question" | "claim";
  quote: string;
  body: string;
  link: string;
}
