/**
 * The intermediate structure every parser produces. Text, Markdown, HTML, PDF, DOCX and ODT
 * are turned into these blocks; front matter, abstract detection, references, citation
 * marking and the final ProseMirror JSON all work on them, so each format gets the same
 * treatment. This file is the contract between the parsers and the rest of the pipeline.
 *
 * Two shapes only: a *text block* has `spans` (it becomes one ProseMirror textblock, i.e.
 * one "\n\n"-separated block of the plain text), a *container* has `children`.
 */

export type InlineMark =
  | { type: "bold" }
  | { type: "italic" }
  | { type: "code" }
  | { type: "link"; attrs: { href: string } }
  /** An in-text citation; `key` is the id of a reference entry (or a normalised author-year key). */
  | { type: "citation"; attrs: { key: string } }
  /** A footnote call ("¹", "[^3]" shown as "3"); `id` is the footnote block's id. */
  | { type: "footnoteRef"; attrs: { id: string } }
  /** Inline math kept as its TeX source or its text (MathML alt text). */
  | { type: "math" };

export interface Span {
  text: string;
  marks: InlineMark[];
}

/**
 * Where a block came from in the original file, for a later view of the original pages.
 * PDF: page number (1-based) and box in PDF points with the origin at the page's top left.
 */
export interface BlockSource {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Sourced {
  source?: BlockSource;
}

export type HeadingBlock = Sourced & { kind: "heading"; level: number; spans: Span[] };
export type ParagraphBlock = Sourced & { kind: "paragraph"; spans: Span[] };
/** A figure or table caption ("Figure 3. …"), never a heading or running text. */
export type CaptionBlock = Sourced & { kind: "caption"; label: "figure" | "table"; spans: Span[] };
/** Preformatted text (code, ABNF, ASCII art): whitespace and newlines kept exactly. */
export type CodeBlock = Sourced & { kind: "code"; language?: string; spans: Span[] };
/** Display math, as TeX source or text: whitespace kept. */
export type MathBlock = Sourced & { kind: "math"; spans: Span[] };
/** One entry of the reference list; `key` is what citations point at ("ref-12", "wilson2014"). */
export type ReferenceBlock = Sourced & { kind: "reference"; key: string; label?: string; spans: Span[] };

export type TextBlock = HeadingBlock | ParagraphBlock | CaptionBlock | CodeBlock | MathBlock | ReferenceBlock;

export type ListItemBlock = { kind: "listItem"; children: Block[] };
export type TableCellBlock = { kind: "tableCell"; header: boolean; children: Block[] };
export type TableRowBlock = { kind: "tableRow"; children: TableCellBlock[] };
export type FootnoteBlock = Sourced & { kind: "footnote"; id: string; label: string; children: Block[] };

export type ContainerBlock =
  | { kind: "blockquote"; children: Block[] }
  | { kind: "abstract"; children: ParagraphBlock[] }
  | { kind: "list"; ordered: boolean; start?: number; children: ListItemBlock[] }
  | ListItemBlock
  | { kind: "table"; children: TableRowBlock[] }
  | TableRowBlock
  | TableCellBlock
  /** The paper's footnotes, collected in one section at the end. */
  | { kind: "footnotes"; children: FootnoteBlock[] }
  | FootnoteBlock
  /** The reference list: one entry per work (its heading stays a heading before it). */
  | { kind: "references"; children: ReferenceBlock[] };

export type Block = TextBlock | ContainerBlock;

/** Kinds whose whitespace is content (not collapsed by normaliseSpans). */
const PREFORMATTED = new Set<Block["kind"]>(["code", "math"]);

/** What a parser hands on: the body, front matter it read explicitly, and what it dropped. */
export interface ParsedPaper {
  blocks: Block[];
  meta: PaperMeta;
  notices: ImportNotice[];
}

export interface PaperMeta {
  title?: string;
  authors?: string[];
  /** An abstract stated apart from the body (YAML `abstract:`, a DOCX/ODT property). */
  abstract?: string;
  date?: string;
  /** Markdown's parsed YAML front matter, as is, for the bibliography (`references:`) and keys. */
  frontMatter?: Record<string, unknown>;
}

/** Something the import dropped or could not read, shown in the import summary. */
export interface ImportNotice {
  code: string;
  count: number;
  message: string;
}

export function parsed(blocks: Block[], meta: PaperMeta = {}, notices: ImportNotice[] = []): ParsedPaper {
  return { blocks, meta, notices };
}

export function paragraph(text: string): ParagraphBlock {
  return { kind: "paragraph", spans: [{ text, marks: [] }] };
}

export function heading(text: string, level: number): HeadingBlock {
  return { kind: "heading", level, spans: [{ text, marks: [] }] };
}

export function spansText(spans: Span[]): string {
  return spans.map((span) => span.text).join("");
}

export function isTextBlock(block: Block): block is TextBlock {
  return "spans" in block;
}

/** Visits every text block, containers included, in document order. */
export function forEachTextBlock(blocks: Block[], visit: (block: TextBlock, ancestors: Block[]) => void, ancestors: Block[] = []): void {
  for (const block of blocks) {
    if (isTextBlock(block)) visit(block, ancestors);
    else forEachTextBlock(block.children, visit, [...ancestors, block]);
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
export function normaliseSpans(spans: Span[], preformatted = false): Span[] {
  if (preformatted) return spans.filter((span) => span.text !== "").map((span) => ({ text: span.text.replace(/\r\n?/g, "\n"), marks: [...span.marks] }));
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

/** Normalises every block's spans and drops blocks (and containers) left without text. */
export function normaliseBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (isTextBlock(block)) {
      const spans = normaliseSpans(block.spans, PREFORMATTED.has(block.kind));
      if (spans.length > 0) out.push({ ...block, spans } as TextBlock);
    } else {
      const children = normaliseBlocks(block.children);
      // Table cells stay even when empty: dropping one would shift the table's columns.
      if (children.length > 0 || block.kind === "tableCell") out.push({ ...block, children } as Block);
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
