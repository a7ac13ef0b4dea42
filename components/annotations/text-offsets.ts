import type { Node as PMNode } from "@tiptap/pm/model";
import { plainTextOf } from "@/lib/documents/import/plain-text";
import { textblockSpans } from "@/lib/documents/text-positions";

type Spans = ReturnType<typeof textblockSpans>;

/**
 * The plain-text offset of a ProseMirror position: the inverse of pmPositionAt. A position
 * outside every textblock (between blocks) snaps to the next block's start ("forward") or
 * the previous block's end ("backward").
 */
export function textOffsetAt(spans: Spans, pos: number, bias: "forward" | "backward"): number | null {
  let previous: Spans[number] | null = null;
  for (const span of spans) {
    if (pos < span.pmStart) return bias === "forward" ? span.textStart : previous ? previous.textStart + previous.length : span.textStart;
    if (pos <= span.pmStart + span.length) return span.textStart + (pos - span.pmStart);
    previous = span;
  }
  return previous ? previous.textStart + previous.length : null;
}

export interface TextRange {
  start: number;
  end: number;
  quote: string;
}

/** The plain-text range and quote of a selection (from, to), or null when it holds no text. */
export function textRangeOf(doc: PMNode, from: number, to: number): TextRange | null {
  const spans = textblockSpans(doc);
  const start = textOffsetAt(spans, Math.min(from, to), "forward");
  const end = textOffsetAt(spans, Math.max(from, to), "backward");
  if (start === null || end === null || end <= start) return null;
  const quote = plainTextOf(doc).slice(start, end);
  return quote.trim() ? { start, end, quote } : null;
}
