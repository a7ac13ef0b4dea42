import { AnchorError } from "./anchor-error";
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from "./limits";
import { splitsSurrogatePair } from "./splits-surrogate-pair";
import type { TextAnchor } from "./types";

/**
 * The anchor of a selection of `plainText` (see plainTextOf): the quote, up to CONTEXT_LENGTH
 * characters of prefix and suffix, and the range itself. Offsets are UTF-16 code units. A
 * boundary that falls inside a surrogate pair is widened to take the whole character (the user
 * selected part of it); context never starts or ends with half a character, so it may be one
 * unit shorter. Throws AnchorError: "out_of_range" unless 0 ≤ start ≤ end ≤ length (integers),
 * "empty" for an empty or whitespace-only selection, "too_long" past MAX_QUOTE_LENGTH.
 */
export function describeSelection(plainText: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > plainText.length || start > end) {
    throw new AnchorError("out_of_range", `The selection ${start}–${end} is outside the text (0–${plainText.length}).`);
  }
  if (start === end) throw new AnchorError("empty", "The selection is empty.");
  const from = splitsSurrogatePair(plainText, start) ? start - 1 : start;
  const to = splitsSurrogatePair(plainText, end) ? end + 1 : end;
  const quote = plainText.slice(from, to);
  if (quote.trim() === "") throw new AnchorError("empty", "The selection contains only white space.");
  if (quote.length > MAX_QUOTE_LENGTH) {
    throw new AnchorError("too_long", `A quote is at most ${MAX_QUOTE_LENGTH.toLocaleString("en")} characters; this one has ${quote.length.toLocaleString("en")}.`);
  }
  let prefixStart = Math.max(0, from - CONTEXT_LENGTH);
  if (splitsSurrogatePair(plainText, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(plainText.length, to + CONTEXT_LENGTH);
  if (splitsSurrogatePair(plainText, suffixEnd)) suffixEnd -= 1;
  return { quote, prefix: plainText.slice(prefixStart, from), suffix: plainText.slice(to, suffixEnd), start: from, end: to };
}
