import { captionLabel } from "./find-captions";
import { headingNumbering, isHeadingLine } from "./find-headings";
import { endsSentence, letterShare, startsListItem, startsLowercase, wordCount } from "./text-rules";
import type { PlacedLine } from "./types";

export type RawKind = "heading" | "paragraph" | "caption" | "math" | "code" | "figure" | "furniture";

export interface RawBlock {
  kind: RawKind;
  lines: PlacedLine[];
}

export interface Layout {
  body: number;
  /** Baseline distance of body lines. */
  spacing: number;
}

const MATH_CHARS = /[=≤≥<>∑Σ∫√±×∈∉∀∃→←⇒⇔≈≡∝∞∂∇∏∪∩⊂⊆]/u;
const EQUATION_NUMBER = /\(\d{1,3}[a-z]?\)$/;
const PUBLISHER_NOTE = /^(permission to make digital or hard copies|copyright\b|©)/i;

function columnWidth(line: PlacedLine): number {
  return line.columnX1 - line.columnX0;
}

function isShort(line: PlacedLine): boolean {
  return line.x1 < line.columnX1 - 0.15 * columnWidth(line);
}

function indentOf(line: PlacedLine): number {
  return line.x0 - line.columnX0;
}

function isDisplayMath(line: PlacedLine): boolean {
  if (line.mathShare >= 0.4) return true;
  return line.cells >= 2 && EQUATION_NUMBER.test(line.text.trim()) && MATH_CHARS.test(line.text);
}

/** "Figure 1 Steps involved…" without punctuation: a caption when set apart (centred or bold). */
function looseCaption(line: PlacedLine): boolean {
  if (!/^(Figure|Fig\.|FIGURE|Table|TABLE)\s*(\d{1,3}|[IVXLC]{1,6})\s+\S/.test(line.text.trim())) return false;
  const width = columnWidth(line);
  const centred = Math.abs((line.x0 + line.x1) / 2 - (line.columnX0 + line.columnX1) / 2) < 0.1 * width && line.x0 > line.columnX0 + 1.5 * line.size;
  return centred || line.bold;
}

/** A new paragraph starts at `line` although it follows `previous` in the same column. */
function breaksParagraph(previous: PlacedLine, line: PlacedLine, layout: Layout): boolean {
  const spacing = layout.spacing * (line.size / layout.body);
  if (line.y - previous.y > 1.45 * spacing || line.y < previous.y) return true;
  if (Math.abs(line.size - previous.size) > 0.15 * layout.body) return true;
  const unit = 0.6 * line.size;
  const ended = isShort(previous) || endsSentence(previous.text);
  if (indentOf(line) >= unit && line.x0 - previous.x0 >= unit && ended) return true;
  if (previous.x0 - line.x0 >= unit && isShort(previous) && endsSentence(previous.text)) return true;
  if (isShort(previous) && endsSentence(previous.text) && !startsLowercase(line.text) && previous.x1 < line.columnX1 - 0.3 * columnWidth(line)) return true;
  if (startsListItem(line.text)) return true;
  if (isDisplayMath(line) !== isDisplayMath(previous)) return true;
  return false;
}

/** Groups lines in reading order into raw blocks: headings, captions, code, paragraphs. */
export function groupLines(lines: PlacedLine[], layout: Layout): RawBlock[] {
  const blocks: RawBlock[] = [];
  const push = (kind: RawKind, line: PlacedLine) => {
    blocks.push({ kind, lines: [line] });
  };
  for (const line of lines) {
    const last: RawBlock | undefined = blocks[blocks.length - 1];
    const previous = last?.lines[last.lines.length - 1];
    const sameColumn = previous !== undefined && previous.column === line.column;
    const spacing = layout.spacing * (line.size / layout.body);
    const close = sameColumn && line.y - previous.y <= 1.6 * spacing && line.y > previous.y;
    // "III. MDRPM (MARKET DRIVEN REQUIREMENT" / "PRIORITIZATION MODEL)": a heading in capitals goes on.
    if (last?.kind === "heading" && close && last.lines.length < 3 && isCapitals(previous.text) && isCapitals(line.text) && Math.abs(previous.size - line.size) < 0.3 && wordCount(line.text) <= 8) {
      last.lines.push(line);
      continue;
    }
    // "Figure 1 Steps involved…" set large or bold is a caption, never a section heading.
    if (isHeadingLine(line, layout.body) && !(looseCaption(line) || captionLabel(line.text))) {
      // A heading set on two lines continues when the next line looks the same.
      const continues = last?.kind === "heading" && close && Math.abs(previous.size - line.size) < 0.3 && previous.bold === line.bold && last.lines.length < 3;
      if (continues && !headingNumbering(line.text)) last.lines.push(line);
      else push("heading", line);
      continue;
    }
    // "Figure 2." opens a caption, unless it only continues the sentence of the line before.
    const continuesSentence = last?.kind === "paragraph" && close && !endsSentence(previous.text);
    if ((captionLabel(line.text) || looseCaption(line)) && !continuesSentence) {
      push("caption", line);
      continue;
    }
    if (line.monospace) {
      if (last?.kind === "code" && close) last.lines.push(line);
      else push("code", line);
      continue;
    }
    if (last && (last.kind === "caption" || last.kind === "paragraph") && close && !breaksParagraph(previous, line, layout)) {
      last.lines.push(line);
      continue;
    }
    // A line number or a closing brace next to a code block belongs to it.
    if (last?.kind === "code" && close && line.text.length <= 4) {
      last.lines.push(line);
      continue;
    }
    push("paragraph", line);
  }
  return blocks;
}

function isCapitals(text: string): boolean {
  return letterShare(text, /\p{Lu}/u) >= 0.9 && (text.match(/\p{L}/gu) ?? []).length >= 3;
}

function nonSpace(text: string): number {
  return text.replace(/\s/g, "").length;
}

/**
 * Paragraph or not: running text has lines that fill most of the column (or is a
 * sentence of its own); table cells, chart labels and axis numbers are short pieces,
 * small type or numeric grids. Display equations become math blocks.
 */
export function classifyParagraph(block: RawBlock, layout: Layout, columnStart: boolean, afterHeading = false): RawKind {
  const lines = block.lines;
  const text = lines.map((line) => line.text).join(" ");
  if (PUBLISHER_NOTE.test(text)) return "furniture";
  const size = lines.reduce((sum, line) => sum + line.size, 0) / lines.length;
  if (lines.every(isDisplayMath)) return "math";
  if (size < 0.8 * layout.body) return "figure";
  const cellRows = lines.filter((line) => line.cells >= 3).length;
  if (cellRows > lines.length / 2) return "figure";
  const symbols = nonSpace(text.replace(/[\p{L}]/gu, ""));
  const full = lines.filter((line) => line.x1 - line.x0 >= 0.6 * columnWidth(line)).length;
  if (symbols > 0.5 * nonSpace(text) && full === 0) return MATH_CHARS.test(text) ? "math" : "figure";
  if (full > 0) return "paragraph";
  if (afterHeading && Math.abs(size - layout.body) < 0.1 * layout.body) return "paragraph"; // "General Terms" / "Algorithms, Management"
  if (columnStart && startsLowercase(text)) return "paragraph"; // the end of a paragraph from the previous column
  if (startsListItem(text)) return "paragraph";
  if (endsSentence(text) && (text.length >= 25 || wordCount(text) >= 4)) return "paragraph";
  if (MATH_CHARS.test(text) && wordCount(text) <= 12) return "math";
  return "figure";
}

/**
 * A paragraph cut by a column or page break goes on in the next column: it did not end
 * a sentence and the next column's first paragraph is not indented. Figures, captions
 * and footnotes in between are left where they are, after the joined paragraph.
 */
export function joinAcrossColumns(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let open: RawBlock | null = null; // the last paragraph, while it may continue
  let between: RawBlock[] = [];
  const flushBetween = () => {
    out.push(...between);
    between = [];
  };
  for (const block of blocks) {
    if (block.kind === "paragraph" && open) {
      const last = open.lines[open.lines.length - 1];
      const first = block.lines[0];
      const indented = indentOf(first) >= 0.6 * first.size;
      const continues = first.column !== last.column && !endsSentence(last.text) && !indented && Math.abs(first.size - last.size) < 0.15 * last.size && !startsListItem(first.text);
      if (continues) {
        open.lines.push(...block.lines);
        flushBetween();
        continue;
      }
    }
    if (block.kind === "paragraph") {
      flushBetween();
      out.push(block);
      open = block;
    } else if (open && (block.kind === "figure" || block.kind === "caption" || block.kind === "furniture")) {
      between.push(block);
    } else {
      flushBetween();
      out.push(block);
      open = null;
    }
  }
  flushBetween();
  return out;
}
