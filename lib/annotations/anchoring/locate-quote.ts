import { findApproximateMatches } from "./find-approximate-matches";
import { findExactMatches } from "./find-exact-matches";
import { CONTEXT_LENGTH, MAX_ERROR_RATE, TRUSTED_CONTEXT } from "./limits";
import { type ScoredCandidate, candidateScorer } from "./score-candidate";
import { splitsSurrogatePair } from "./splits-surrogate-pair";
import type { AnchorMatch, TextQuote, TextRange } from "./types";

function best(candidates: ScoredCandidate[]): ScoredCandidate | null {
  return candidates.reduce<ScoredCandidate | null>((top, candidate) => (top === null || candidate.score > top.score ? candidate : top), null);
}

function trusted(candidate: ScoredCandidate | null): candidate is ScoredCandidate {
  return candidate !== null && (candidate.context === null || candidate.context >= TRUSTED_CONTEXT);
}

function validRange(text: string, range: TextRange | null | undefined): range is TextRange {
  return !!range && Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start < range.end && range.end <= text.length;
}

/**
 * Finds a quote in `text`: at the hinted range if it still holds the quote in agreeing context;
 * else the best exact occurrence (context agreement, then closeness to the hint); else, or when
 * the exact occurrences sit in unrelated context, the best approximate match within
 * MAX_ERROR_RATE edits. Null when nothing is close enough (the passage is gone).
 */
export function locateQuote(text: string, quote: TextQuote, hint: TextRange | null): AnchorMatch | null {
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const stored = { exact, prefix: (quote.prefix ?? "").slice(-CONTEXT_LENGTH), suffix: (quote.suffix ?? "").slice(0, CONTEXT_LENGTH) };
  const position = validRange(text, hint) ? hint : null;
  const score = candidateScorer(text, stored, position);
  const found = (match: ScoredCandidate): AnchorMatch => {
    if (match.errors > 0) return { start: match.start, end: match.end, method: "fuzzy" };
    const same = position !== null && match.start === position.start && match.end === position.end;
    return { start: match.start, end: match.end, method: same ? "position" : "exact" };
  };

  const untouched = (start: number) => {
    const end = start + exact.length;
    return text.slice(Math.max(0, start - stored.prefix.length), start) === stored.prefix && text.slice(end, end + stored.suffix.length) === stored.suffix;
  };

  if (position && text.slice(position.start, position.end) === exact) {
    if (untouched(position.start)) return { ...position, method: "position" };
    const atPosition = score({ ...position, errors: 0 });
    if (trusted(atPosition)) return found(atPosition);
  }
  const starts = findExactMatches(text, exact);
  // The usual case after an edit elsewhere: an occurrence whose context is untouched.
  const intact = starts.filter(untouched);
  if (intact.length > 0) return found(best(intact.map((start) => score({ start, end: start + exact.length, errors: 0 })))!);
  const exactMatches = starts.map((start) => score({ start, end: start + exact.length, errors: 0 }));
  const bestExact = best(exactMatches);
  if (trusted(bestExact)) return found(bestExact);

  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  const approximate = (maxErrors > 0 ? findApproximateMatches(text, exact, maxErrors) : [])
    .filter((match) => match.errors > 0)
    .map((match) => {
      // An edit distance counts code units: never cut a character in two.
      const start = splitsSurrogatePair(text, match.start) ? match.start - 1 : match.start;
      const end = splitsSurrogatePair(text, match.end) ? match.end + 1 : match.end;
      return score({ start, end, errors: match.errors });
    });
  const winner = best([...exactMatches, ...approximate]);
  return winner ? found(winner) : null;
}
