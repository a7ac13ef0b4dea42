import { textBlocksOf, type PaperNodeJson } from "@/lib/documents/import";

/** A part of the paper: from one heading (included) to the next, over the plain text. */
export interface SectionSpan {
  index: number;
  title: string;
  start: number;
  end: number;
}

/** A textblock (paragraph, heading, quote paragraph) with its offsets in the plain text. */
export interface ParagraphSpan {
  start: number;
  end: number;
  text: string;
  heading: boolean;
}

export const OPENING = "Opening";

/** The document's textblocks in order, with offsets in its plain text (the same rule as plainTextOf). */
export function paragraphsOf(doc: PaperNodeJson | { toJSON(): unknown }): ParagraphSpan[] {
  return textBlocksOf(doc).map((block) => ({ start: block.start, end: block.start + block.text.length, text: block.text, heading: block.node.type === "heading" }));
}

/**
 * Sections from the headings of the live document: each runs from its heading to the next one.
 * Text before the first heading (title page, abstract) is the "Opening" section; a paper
 * without headings is one section.
 */
export function sectionsOf(paragraphs: ParagraphSpan[], textLength: number): SectionSpan[] {
  const headings = paragraphs.filter((p) => p.heading && p.text.trim() !== "");
  const starts: { title: string; start: number }[] = [];
  if (headings.length === 0 || headings[0].start > 0) starts.push({ title: OPENING, start: 0 });
  for (const heading of headings) starts.push({ title: heading.text.trim(), start: heading.start });
  return starts.map((s, index) => ({ index, title: s.title, start: s.start, end: index + 1 < starts.length ? starts[index + 1].start : textLength }));
}

/** The last item whose start is at or before `offset` (binary search over items sorted by start). */
export function spanAt<T extends { start: number }>(spans: T[], offset: number): T | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found: T | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = spans[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
