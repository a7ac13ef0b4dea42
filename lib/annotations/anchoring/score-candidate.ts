import { distanceFrom } from "./edit-distance";
import type { TextRange } from "./types";

export interface Candidate extends TextRange {
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
  /** Mean similarity (0..1) of the stored prefix and suffix to the text around the candidate; null without stored context. */
  context: number | null;
}

// The quote matters most; context tells repeated or edited passages apart; closeness to where
// the passage was is a tie-breaker. An exact match in unrelated context (50 + ~10) loses to a
// slightly edited passage in its own context (say 45 + 40).
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function similarityTo(stored: string): (actual: string) => number | null {
  let distance: ((actual: string) => number) | null = null;
  return (actual) => {
    if (stored.length === 0) return null;
    distance ??= distanceFrom(stored);
    return 1 - distance(actual) / Math.max(stored.length, actual.length);
  };
}

/**
 * A scorer of candidate ranges of `text`: how well each fits the stored quote, its context and
 * its former position (hint). Made once per search, since the context is prepared once.
 */
export function candidateScorer(text: string, quote: { exact: string; prefix: string; suffix: string }, hint: TextRange | null) {
  const prefixSimilarity = similarityTo(quote.prefix);
  const suffixSimilarity = similarityTo(quote.suffix);
  return (candidate: Candidate): ScoredCandidate => {
    const before = prefixSimilarity(text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start));
    const after = suffixSimilarity(text.slice(candidate.end, candidate.end + quote.suffix.length));
    const sides = [before, after].filter((side): side is number => side !== null);
    const context = sides.length === 0 ? null : sides.reduce((sum, side) => sum + side, 0) / sides.length;
    const proximity = hint ? 1 - Math.min(1, Math.abs(candidate.start - hint.start) / Math.max(1, text.length)) : 0;
    const score =
      QUOTE_WEIGHT * (1 - candidate.errors / quote.exact.length) + CONTEXT_WEIGHT * ((before ?? 0) + (after ?? 0)) + POSITION_WEIGHT * proximity;
    return { ...candidate, score, context };
  };
}
