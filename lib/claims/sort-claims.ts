import { contestedness } from "@/lib/annotations/claim-status";
import type { ClaimSort } from "./schemas";

/** What ordering needs of a claim; an AnnotationDTO of kind "claim" is one. */
export interface SortableClaim {
  id: string;
  createdAt: string;
  anchor: { start: number };
  claim?: { supported: number; contested: number };
}

const contestOf = (item: SortableClaim) => contestedness(item.claim?.supported ?? 0, item.claim?.contested ?? 0);
const byPosition = (a: SortableClaim, b: SortableClaim) => a.anchor.start - b.anchor.start || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const byRecency = (a: SortableClaim, b: SortableClaim) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
const byContest = (a: SortableClaim, b: SortableClaim) => contestOf(b) - contestOf(a) || byPosition(a, b);

const COMPARE: Record<ClaimSort, (a: SortableClaim, b: SortableClaim) => number> = { position: byPosition, recent: byRecency, contested: byContest };

/**
 * Orders a document's claims: most contested first (ties in reading order), newest first, or
 * in reading order. Claims are ordered by their stances, never by who wrote them.
 */
export function sortClaims<T extends SortableClaim>(items: T[], sort: ClaimSort): T[] {
  return [...items].sort(COMPARE[sort]);
}
