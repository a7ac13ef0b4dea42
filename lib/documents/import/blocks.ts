/**
 * The intermediate structure every parser produces. Text, Markdown, HTML and PDF are
 * turned into these blocks; abstract detection, citation marking and the final
 * ProseMirror JSON all work on them, so each format gets the same treatment.
 */

export type InlineMark =
  | { type: "bold" }
  | { type: "italic" }
  | { type: "link"; attrs: { href: string } }
  | { type: "citation"; attrs: { key: string } };

export interface Span {
  text: string;
  marks: InlineMark[];
}

export type TextBlock =
  | { kind: "heading"; level: number; spans: Span[] }
  | { kind: "paragraph"; spans: Span[] };

export type Block =
  | TextBlock
  | { kind: "blockquote"; children: Block[] }
  | { kind: "abstract"; children: { kind: "paragraph"; spans: Span[] }[] };

export function paragraph(text: string): { kind: "paragraph"; spans: Span[] } {
  return { kind: "paragraph", spans: [{ text, marks: [] }] };
}

export function heading(text: string, level: number): TextBlock {
  return { kind: "heading", level, spans: [{ text, marks: [] }] };
}

export function spansText(spans: Span[]): string {
  return spans.map((span) => span.text).join("");
}

export function isTextBlock(block: Block): block is TextBlock {
  return block.kind === "heading" || block.kind === "paragraph";
}

/** Visits every text block, containers included, in document order. */
export function forEachTextBlock(blocks: Block[], visit: (block: TextBlock) => void): void {
  for (const block of blocks) {
    if (isTextBlock(block)) visit(block);
    else forEachTextBlock(block.children, visit);
  }
}

function sameMark(a: InlineMark, b: InlineMark): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameMarks(a: InlineMark[], b: InlineMark[]): boolean {
  return a.length === b.length && a.every((mark) => b.some((other) => sameMark(mark, other)));
}

/**
 * Collapses runs of whitespace (across span boundaries too), trims the block's ends,
 * drops empty spans and merges neighbours that carry the same marks.
 */
export function normaliseSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  let previousEndsInSpace = true; // trims the block's start
  for (const span of spans) {
    // Soft hyphens and zero-width characters are invisible layout hints, not text.
    let text = span.text.replace(/[\u00ad\u200b\ufeff]/g, "").replace(/\s+/g, " ");
    if (previousEndsInSpace) text = text.replace(/^ /, "");
    if (text === "") continue;
    previousEndsInSpace = text.endsWith(" ");
    const last = out[out.length - 1];
    if (last && sameMarks(last.marks, span.marks)) last.text += text;
    else out.push({ text, marks: [...span.marks] });
  }
  while (out.length > 0) {
    const last = out[out.length - 1];
    last.text = last.text.replace(/ $/, "");
    if (last.text !== "") break;
    out.pop();
  }
  return out;
}

/** Normalises every block's spans and drops blocks left without text. */
export function normaliseBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (isTextBlock(block)) {
      const spans = normaliseSpans(block.spans);
      if (spans.length > 0) out.push({ ...block, spans });
    } else if (block.kind === "blockquote") {
      const children = normaliseBlocks(block.children);
      if (children.length > 0) out.push({ kind: "blockquote", children });
    } else {
      const children = normaliseBlocks(block.children).filter(
        (child): child is { kind: "paragraph"; spans: Span[] } => child.kind === "paragraph",
      );
      if (children.length > 0) out.push({ kind: "abstract", children });
    }
  }
  return out;
}

export interface MarkRange {
  from: number;
  to: number;
  mark: InlineMark;
}

/**
 * Adds each mark to the characters [from, to) of a block's text, splitting spans as
 * needed. One pass over the spans whatever the number of ranges, so a paragraph with
 * thousands of citations stays linear.
 */
export function addMarks(spans: Span[], ranges: MarkRange[]): Span[] {
  if (ranges.length === 0) return spans;
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const cuts = [...new Set(sorted.flatMap((range) => [range.from, range.to]))].sort((a, b) => a - b);
  const out: Span[] = [];
  const active: MarkRange[] = [];
  let next = 0; // next range in `sorted` to become active
  let cut = 0; // next cut in `cuts`
  let offset = 0;
  for (const span of spans) {
    let start = 0;
    while (start < span.text.length) {
      const position = offset + start;
      while (cut < cuts.length && cuts[cut] <= position) cut += 1;
      const end = Math.min(span.text.length, (cuts[cut] ?? Infinity) - offset);
      while (next < sorted.length && sorted[next].from <= position) active.push(sorted[next++]);
      const covering = active.filter((range) => range.to > position);
      active.splice(0, active.length, ...covering);
      out.push({
        text: span.text.slice(start, end),
        marks: covering.length > 0 ? [...span.marks, ...covering.map((range) => range.mark)] : span.marks,
      });
      start = end;
    }
    offset += span.text.length;
  }
  return out;
}
