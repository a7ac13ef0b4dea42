import type { Block, BlockSource, InlineMark, ReferenceBlock, Span } from "../blocks";
import { lineSegments } from "./build-lines";
import type { FootnoteLines } from "./find-footnotes";
import { hyphenJoin } from "./join-hyphens";
import type { Line, PlacedLine } from "./types";

/** Where a group of lines came from: its first page, and the box of its lines there. */
export function sourceOf(lines: Line[]): BlockSource {
  const page = lines[0].page;
  const here = lines.filter((line) => line.page === page);
  const x = Math.min(...here.map((line) => line.x0));
  const y = Math.min(...here.map((line) => line.top));
  const right = Math.max(...here.map((line) => line.x1));
  const bottom = Math.max(...here.map((line) => line.y + 0.25 * line.size));
  const round = (value: number) => Math.round(value * 10) / 10;
  return { page, x: round(x), y: round(y), width: round(right - x), height: round(bottom - y) };
}

export interface SpanOptions {
  vocabulary: Set<string>;
  /** Footnote ids by page and label, for the calls in the text. */
  calls?: Map<string, string>;
  /** Bold and italic marks are left off when the whole block is set so (a heading). */
  plain?: boolean;
}

/**
 * The spans of a run of lines: lines joined by a space, or without one where a word was
 * hyphenated across the line end; bold and italic pieces marked; a raised marker that
 * matches a footnote on the same page marked as its call.
 */
export function lineSpans(lines: Line[], options: SpanOptions): Span[] {
  const spans: Span[] = [];
  let text = ""; // the text so far, for the hyphen decision
  lines.forEach((line, index) => {
    const segments = lineSegments(line);
    if (segments.length === 0) return;
    if (index > 0 && spans.length > 0) {
      const last = spans[spans.length - 1];
      if (/\p{L}-$/u.test(text)) {
        const decision = hyphenJoin(text, segments[0].text, options.vocabulary);
        if (decision === "join") last.text = last.text.slice(0, -1);
        text = decision === "join" ? text.slice(0, -1) : text;
      } else {
        last.text += " ";
        text += " ";
      }
    }
    for (const segment of segments) {
      const marks: InlineMark[] = [];
      if (!options.plain && segment.bold) marks.push({ type: "bold" });
      if (!options.plain && segment.italic) marks.push({ type: "italic" });
      const id = segment.superscript ? options.calls?.get(`${line.page}:${segment.text.trim()}`) : undefined;
      if (id) marks.push({ type: "footnoteRef", attrs: { id } });
      spans.push({ text: segment.text, marks });
      text += segment.text;
    }
  });
  return spans;
}

/** Preformatted lines (code, display math): one text line each, indentation kept. */
export function preformattedSpans(lines: PlacedLine[]): Span[] {
  const left = Math.min(...lines.map((line) => line.x0));
  const text = lines
    .map((line) => {
      const charWidth = 0.5 * line.size;
      const indent = Math.max(0, Math.round((line.x0 - left) / charWidth));
      return " ".repeat(Math.min(indent, 40)) + lineSegments(line).map((segment) => segment.text).join("");
    })
    .join("\n");
  return [{ text, marks: [] }];
}

/** The reference entries of a list: printed labels ("[12]", "12.") or hanging indents. */
export function splitReferenceLines(lines: PlacedLine[]): PlacedLine[][] {
  const bracket = lines.filter((line) => /^\[\d{1,3}\]/.test(line.text.trim())).length;
  const dotted = lines.filter((line) => /^\d{1,3}\.\s/.test(line.text.trim())).length;
  const entries: PlacedLine[][] = [];
  let expected = 1;
  const startsEntry = (line: PlacedLine, index: number): boolean => {
    const text = line.text.trim();
    if (bracket >= 2) {
      const n = /^\[(\d{1,3})\]/.exec(text);
      return n !== null && (Number(n[1]) === expected || index === 0);
    }
    if (dotted >= 2) {
      const n = /^(\d{1,3})\.\s/.exec(text);
      return n !== null && (Number(n[1]) === expected || index === 0);
    }
    // Hanging indents: an entry's first line sits at the column's left edge, the rest inside.
    const previous = lines[index - 1];
    if (!previous) return true;
    if (previous.column !== line.column) return line.x0 - line.columnX0 < 0.5 * line.size;
    return previous.x0 - line.x0 >= 0.5 * line.size || (line.x0 - line.columnX0 < 0.5 * line.size && /[.)]$/.test(previous.text.trim()) && previous.x1 < previous.columnX1 - 2 * previous.size);
  };
  lines.forEach((line, index) => {
    if (startsEntry(line, index)) {
      entries.push([line]);
      const n = /^\[?(\d{1,3})[\].]/.exec(line.text.trim());
      expected = n ? Number(n[1]) + 1 : expected + 1;
    } else if (entries.length > 0) entries[entries.length - 1].push(line);
    else entries.push([line]);
  });
  return entries;
}

export function referenceBlocks(entries: PlacedLine[][], vocabulary: Set<string>): ReferenceBlock[] {
  return entries.map((lines, index) => {
    const spans = lineSpans(lines, { vocabulary });
    const label = /^(\[\d{1,3}\]|\d{1,3}\.)(?=\s)/.exec(lines[0].text.trim())?.[1];
    return { kind: "reference", key: `ref-${index + 1}`, ...(label ? { label } : {}), spans, source: sourceOf(lines) };
  });
}

/** Footnote blocks, and the map from "page:label" to footnote id for the calls. */
export function footnoteBlocks(footnotes: FootnoteLines[], vocabulary: Set<string>): { blocks: Block[]; calls: Map<string, string> } {
  const calls = new Map<string, string>();
  const used = new Set<string>();
  const blocks: Block[] = [];
  for (const footnote of footnotes) {
    let id = `fn-${footnote.label}`;
    for (let n = 2; used.has(id); n += 1) id = `fn-${footnote.label}-${n}`;
    used.add(id);
    calls.set(`${footnote.page}:${footnote.label}`, id);
    const spans = lineSpans(footnote.lines, { vocabulary });
    // The marker opens the footnote's first line; the footnote block carries it as its label.
    const body = stripLeading(spans, new RegExp(`^\\s*${escapeRegExp(footnote.label)}\\s*`));
    blocks.push({ kind: "footnote", id, label: footnote.label, children: [{ kind: "paragraph", spans: body, source: sourceOf(footnote.lines) }], source: sourceOf(footnote.lines) });
  }
  return { blocks, calls };
}

/** Removes a leading label ("Abstract—", a footnote marker) from the first spans. */
export function stripLeading(spans: Span[], pattern: RegExp): Span[] {
  const text = spans.map((span) => span.text).join("");
  const match = pattern.exec(text);
  if (!match || match.index !== 0) return spans;
  let remove = match[0].length;
  const out: Span[] = [];
  for (const span of spans) {
    if (remove >= span.text.length) {
      remove -= span.text.length;
      continue;
    }
    out.push({ ...span, text: span.text.slice(remove) });
    remove = 0;
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
