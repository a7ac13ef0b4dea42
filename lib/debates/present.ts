import type { StoredEvidence } from "@/lib/claims/evidence";

/**
 * The debate DTOs: what routes return and pages pass to client components. This file is the
 * contract between lib/debates (which fills them), the API, the debate UI and the reports.
 */
export type QuestionStatus = "proposed" | "approved" | "open" | "closed" | "dismissed";
export type ArgumentStance = "pro" | "con";
export type RatingVisibility = "always" | "after_rating" | "after_close";

export interface QuestionDTO {
  id: string;
  documentId: string;
  text: string;
  /** The passage of the paper it was found in or proposed from (start/end null when unknown). */
  quote: string;
  start: number | null;
  end: number | null;
  origin: "import" | "member";
  /** Effective status: an open question whose scheduled close has passed reads "closed". */
  status: QuestionStatus;
  proposedBy: { name: string; color: string } | null;
  outcome: string | null;
  closesAt: string | null;
  closedAt: string | null;
  anonymous: boolean;
  /** The round timer: running while endsAt is in the future. */
  round: { startedAt: string; endsAt: string } | null;
  /** The group's setting: when members see arguments' ratings (the UI words the hidden state by it). */
  ratingVisibility: RatingVisibility;
  /** Visible (not merged) arguments, hidden ones included. */
  argumentCount: number;
  /** The server's clock when this was produced, so clients can correct their own for the timer. */
  serverNow: string;
  url: string;
  /** What the requesting actor may do here. */
  can: { argue: boolean; rate: boolean; moderate: boolean };
}

export interface ArgumentAuthor {
  /** Null when hidden behind a pseudonym (or a former member). */
  id: string | null;
  /** The member's name, or their animal pseudonym in an anonymous debate. */
  name: string;
  color: string;
  pseudonymous: boolean;
  isSelf: boolean;
}

export interface ArgumentRatingSummary {
  /** False while the group's setting hides ratings from this actor. */
  visible: boolean;
  /** Mean impact 0..4 (null when unrated or hidden). */
  mean: number | null;
  count: number;
  /** Ratings per value 0..4 (null when hidden). */
  distribution: [number, number, number, number, number] | null;
  /** The actor's own rating. */
  mine: number | null;
}

export interface ArgumentDTO {
  id: string;
  questionId: string;
  /** Null: argues for (pro) or against (con) the question itself. */
  parentId: string | null;
  stance: ArgumentStance;
  /** Plain text, at most 1,000 characters (rendered as text, never as HTML). */
  body: string;
  /** Cited passages of the paper, the paper's citations, and URLs. */
  evidence: StoredEvidence[];
  author: ArgumentAuthor;
  asAuthor: boolean;
  status: "visible" | "hidden";
  pinned: boolean;
  locked: boolean;
  /** For a hidden argument: the moderator's reason (body is "" for those who may not see it). */
  hiddenReason: string | null;
  /** Duplicates merged into this one (reversible by a moderator through mergeId). */
  mergedFrom: { mergeId: string; argumentId: string; body: string }[];
  edited: boolean;
  createdAt: string;
  childCount: number;
  rating: ArgumentRatingSummary;
  can: { edit: boolean; reply: boolean; rate: boolean; moderate: boolean };
}

/** GET /api/questions/:id/arguments: the tree as a flat list in display order (parents before children). */
export interface DebateListing {
  items: ArgumentDTO[];
  nextCursor: null;
  question: QuestionDTO;
}
