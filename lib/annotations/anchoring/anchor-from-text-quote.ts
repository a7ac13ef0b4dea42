import { AnchorError } from "./anchor-error";
import { MAX_QUOTE_LENGTH } from "./limits";
import { locateQuote } from "./locate-quote";
import type { AnchorMatch, TextQuote, TextRange } from "./types";

/**
 * Anchors an imported W3C annotation: its TextQuoteSelector (prefix and suffix optional, any
 * length; the 32 characters nearest the quote count) located in `plainText`, with its
 * TextPositionSelector, if any, as a hint. Null when the quote is not found (import it as
 * orphaned). To store the anchor, describe the returned range with describeSelection: the
 * text there may differ slightly from `exact` after a fuzzy match.
 */
export function anchorFromTextQuote(selector: TextQuote, plainText: string, hint?: TextRange | null): AnchorMatch | null {
  if (selector.exact.trim() === "") throw new AnchorError("empty", "The quote is empty.");
  if (selector.exact.length > MAX_QUOTE_LENGTH) {
    throw new AnchorError("too_long", `A quote is at most ${MAX_QUOTE_LENGTH.toLocaleString("en")} characters.`);
  }
  return locateQuote(plainText, selector, hint ?? null);
}
