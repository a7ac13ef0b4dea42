/** A range of a document's plain text, in UTF-16 code units (JavaScript string indices). */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * What is stored with every annotation: the W3C TextQuoteSelector (quote = exact, with up to
 * CONTEXT_LENGTH characters of prefix and suffix) and TextPositionSelector (start, end) over the
 * document's plain text.
 */
export interface TextAnchor extends TextRange {
  quote: string;
  prefix: string;
  suffix: string;
}

/** A W3C TextQuoteSelector as another tool may send it: context is optional and of any length. */
export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/**
 * Where an anchor was found again. `position`: the stored range still holds the quote;
 * `exact`: the quote was found elsewhere, unchanged; `fuzzy`: an approximate match.
 */
export interface AnchorMatch extends TextRange {
  method: "position" | "exact" | "fuzzy";
}
