import type { Node as PMNode } from "@tiptap/pm/model";
import { BLOCK_SEPARATOR } from "./import/plain-text";

/**
 * Maps offsets in a document's canonical plain text (the rule of plainTextOf in
 * import/plain-text.ts: every textblock, in document order, joined by "\n\n") to ProseMirror
 * positions. Pure, so anchors can be tested without a DOM.
 */
export { BLOCK_SEPARATOR };

interface TextblockSpan {
  /** Offset of the block's first character in the plain text. */
  textStart: number;
  /** ProseMirror position of the block's first character. */
  pmStart: number;
  length: number;
}

export function textblockSpans(doc: PMNode): TextblockSpan[] {
  const spans: TextblockSpan[] = [];
  let textOffset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (spans.length > 0) textOffset += BLOCK_SEPARATOR.length;
    // Hard breaks count as one character ("\n"), as in plainTextOf, so that offsets map
    // linearly onto ProseMirror positions inside the block (a hard break is one position).
    const length = node.textBetween(0, node.content.size, "", (leaf) => (leaf.type.name === "hardBreak" ? "\n" : "")).length;
    spans.push({ textStart: textOffset, pmStart: pos + 1, length });
    textOffset += length;
    return false;
  });
  return spans;
}

/** ProseMirror position of a plain-text offset; offsets inside a separator snap to the next block. */
export function pmPositionAt(spans: TextblockSpan[], offset: number): number | null {
  for (const span of spans) {
    if (offset <= span.textStart + span.length) {
      return span.pmStart + Math.max(0, offset - span.textStart);
    }
  }
  return null;
}

export function pmRangeFromText(doc: PMNode, start: number, end: number): { from: number; to: number } | null {
  if (start < 0 || end < start) return null;
  const spans = textblockSpans(doc);
  const from = pmPositionAt(spans, start);
  const to = pmPositionAt(spans, end);
  return from === null || to === null ? null : { from, to };
}
