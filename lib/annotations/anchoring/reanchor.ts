import { locateQuote } from "./locate-quote";
import type { AnchorMatch, TextAnchor } from "./types";

/**
 * Where a stored anchor is in the current plain text: its old range if that still holds the
 * quote, else the quote found again (exactly, or approximately after small edits inside the
 * passage). Null when the passage is gone: the annotation is orphaned, never moved at random.
 */
export function reanchor(plainText: string, anchor: TextAnchor): AnchorMatch | null {
  return locateQuote(plainText, { exact: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix }, { start: anchor.start, end: anchor.end });
}
