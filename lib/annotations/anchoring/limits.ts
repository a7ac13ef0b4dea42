export { MAX_QUOTE as MAX_QUOTE_LENGTH } from "@/lib/annotations/schemas";

/** Characters of context kept on each side of a quote (fewer at the edges of the text). */
export const CONTEXT_LENGTH = 32;

/**
 * Fuzzy matching accepts a passage whose edit distance to the stored quote is at most this
 * share of the quote's length (at least 80% of it survives). Quotes shorter than 5 characters
 * therefore only ever match exactly: one edit in "信用" is a different word.
 */
export const MAX_ERROR_RATE = 0.2;

/**
 * Context agreement (0..1, see score-candidate.ts) from which an exact match is taken without
 * looking for approximate ones: half of the surrounding text still matches.
 */
export const TRUSTED_CONTEXT = 0.5;
