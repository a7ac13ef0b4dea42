/**
 * Anchoring annotations to a document's plain text (plainTextOf): pure functions, no DOM, no
 * database. An anchor is a W3C TextQuoteSelector (quote, prefix, suffix) plus a
 * TextPositionSelector (start, end), all in UTF-16 code units.
 */
export { AnchorError, type AnchorErrorCode } from "./anchor-error";
export { anchorFromTextQuote } from "./anchor-from-text-quote";
export { describeSelection } from "./describe-selection";
export { CONTEXT_LENGTH, MAX_ERROR_RATE, MAX_QUOTE_LENGTH, TRUSTED_CONTEXT } from "./limits";
export { reanchor } from "./reanchor";
export type { AnchorMatch, TextAnchor, TextQuote, TextRange } from "./types";
