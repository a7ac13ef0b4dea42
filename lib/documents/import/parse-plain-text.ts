import { type Block, heading, paragraph } from "./blocks";
import {
  endsClause,
  endsSentence,
  headingLevel,
  isHeadingText,
  isPageNumber,
  joinLines,
  startsContinuation,
  startsUppercase,
  wordsOf,
} from "./plain-text-rules";

/**
 * What separated a block from the one before it: how many whitespace-only lines of each
 * style ("" versus " "), or `soft` when no blank line did (see splitSoftBreaks).
 */
interface Gap {
  empty: number;
  space: number;
  soft: boolean;
}

interface RawBlock {
  lines: string[];
  gapBefore: Gap;
  kind: "paragraph" | "heading" | "quote" | "indented-quote";
}

const NO_GAP: Gap = { empty: 0, space: 0, soft: false };
const SOFT_GAP: Gap = { empty: 0, space: 0, soft: true };

function splitIntoBlocks(lines: string[]): { blocks: RawBlock[]; trailing: Gap } {
  const blocks: RawBlock[] = [];
  let gap: Gap = { ...NO_GAP };
  let current: RawBlock | undefined;
  for (const line of lines) {
    if (line.trim() === "") {
      current = undefined;
      if (line === "") gap.empty += 1;
      else gap.space += 1;
      continue;
    }
    if (!current) {
      current = { lines: [], gapBefore: gap, kind: "paragraph" };
      blocks.push(current);
      gap = { ...NO_GAP };
    }
    current.lines.push(line);
  }
  return { blocks, trailing: gap };
}

function mergeGaps(a: Gap, b: Gap): Gap {
  return { empty: a.empty + b.empty, space: a.space + b.space, soft: a.soft && b.soft };
}

/** Stray page numbers standing alone between blank lines are layout, not text. */
function dropPageNumbers(blocks: RawBlock[], trailing: Gap): { blocks: RawBlock[]; trailing: Gap } {
  const out: RawBlock[] = [];
  let carried: Gap | undefined;
  for (const block of blocks) {
    const gapBefore = carried ? mergeGaps(carried, block.gapBefore) : block.gapBefore;
    if (block.lines.length === 1 && isPageNumber(block.lines[0])) {
      carried = gapBefore;
      continue;
    }
    carried = undefined;
    out.push({ ...block, gapBefore });
  }
  return { blocks: out, trailing: carried ? mergeGaps(carried, trailing) : trailing };
}

/**
 * PDF extractors often end a paragraph's last line with two or more spaces and start the
 * next paragraph without a blank line. A sentence end followed by such trailing spaces
 * and a capitalised next line is taken as a paragraph break.
 */
function splitSoftBreaks(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    let current: RawBlock = { ...block, lines: [] };
    out.push(current);
    block.lines.forEach((line, index) => {
      current.lines.push(line);
      const next = block.lines[index + 1];
      if (next !== undefined && /[.?!…]["'”’»)\]]*[ \t]{2,}$/u.test(line) && startsUppercase(next)) {
        current = { lines: [], gapBefore: SOFT_GAP, kind: "paragraph" };
        out.push(current);
      }
    });
  }
  return out;
}

function isHeadingBlock(lines: string[]): boolean {
  if (lines.length > 2) return false;
  if (lines.length === 2 && endsClause(lines[0])) return false;
  return isHeadingText(lines.join(" "));
}

/**
 * A heading glued to the paragraph before or after it (no blank line between) is split
 * off: a title-case last line after a sentence end, or a short title-case first line.
 */
function splitEdgeHeadings(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    if (isHeadingBlock(block.lines)) {
      out.push(block);
      continue;
    }
    let lines = block.lines;
    let gapBefore = block.gapBefore;
    const first = lines[0].trim();
    const second = lines[1]?.trim();
    if (
      second !== undefined &&
      isHeadingText(first) &&
      startsUppercase(second) &&
      first.length < 0.7 * second.length
    ) {
      out.push({ lines: [lines[0]], gapBefore, kind: "paragraph" });
      lines = lines.slice(1);
      gapBefore = SOFT_GAP;
    }
    const last = lines[lines.length - 1];
    if (lines.length >= 2 && isHeadingText(last) && endsSentence(lines[lines.length - 2])) {
      out.push({ lines: lines.slice(0, -1), gapBefore, kind: "paragraph" });
      out.push({ lines: [last], gapBefore: SOFT_GAP, kind: "paragraph" });
    } else {
      out.push({ lines, gapBefore, kind: "paragraph" });
    }
  }
  for (const block of out) if (isHeadingBlock(block.lines)) block.kind = "heading";
  return out;
}

/**
 * A blank line inside a sentence is a page break: the paragraph before does not end a
 * clause and the next one starts lowercase, with CJK or with punctuation ("社会信" /
 * "用, which ..."). Such paragraphs are rejoined.
 */
function joinPageBreaks(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (
      previous?.kind === "paragraph" &&
      block.kind === "paragraph" &&
      !block.gapBefore.soft &&
      !endsClause(previous.lines[previous.lines.length - 1]) &&
      startsContinuation(block.lines[0])
    ) {
      previous.lines.push(...block.lines);
      continue;
    }
    out.push({ ...block, lines: [...block.lines] });
  }
  return out;
}

/**
 * Block quotes: a paragraph introduced by one ending in ":" and set off by a truly empty
 * line, in a text whose ordinary separators are whitespace lines (PDF extraction keeps
 * the quote's extra spacing that way); or a paragraph whose every line is indented by a
 * tab or four spaces, when the rest of the text is not indented.
 */
function markQuotes(blocks: RawBlock[], trailing: Gap): void {
  const gaps = blocks.map((block) => block.gapBefore);
  const spaceStyle = gaps.reduce((n, gap) => n + gap.space, 0) > gaps.reduce((n, gap) => n + gap.empty, 0);
  const indented = (block: RawBlock) => block.lines.every((line) => /^(?: {4,}|\t)/.test(line));
  const allIndented = blocks.every(indented);
  blocks.forEach((block, index) => {
    if (block.kind !== "paragraph") return;
    if (!allIndented && indented(block)) {
      block.kind = "indented-quote";
      return;
    }
    const previous = blocks[index - 1];
    if (!spaceStyle || previous?.kind !== "paragraph") return;
    if (!previous.lines[previous.lines.length - 1].trimEnd().endsWith(":")) return;
    const gapAfter = blocks[index + 1]?.gapBefore ?? trailing;
    if (block.gapBefore.empty > 0 || gapAfter.empty > 0) block.kind = "quote";
  });
}

function toBlocks(raw: RawBlock[], knownWords: Set<string>): Block[] {
  const out: Block[] = [];
  let previousKind: RawBlock["kind"] | undefined;
  for (const block of raw) {
    const text = joinLines(block.lines, knownWords);
    if (block.kind === "heading") out.push(heading(text, headingLevel(text)));
    else if (block.kind === "paragraph") out.push(paragraph(text));
    else {
      const last = out[out.length - 1];
      // Consecutive indented paragraphs are one quotation of several paragraphs.
      if (block.kind === "indented-quote" && previousKind === "indented-quote" && last?.kind === "blockquote") {
        last.children.push(paragraph(text));
      } else {
        out.push({ kind: "blockquote", children: [paragraph(text)] });
      }
    }
    previousKind = block.kind;
  }
  return out;
}

/** Plain text (as typed, or as extracted from a PDF) to blocks. */
export function parsePlainText(text: string): Block[] {
  const normalised = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n\n");
  const split = splitIntoBlocks(normalised.split("\n"));
  const { blocks, trailing } = dropPageNumbers(split.blocks, split.trailing);
  const structured = joinPageBreaks(splitEdgeHeadings(splitSoftBreaks(blocks)));
  markQuotes(structured, trailing);
  return toBlocks(structured, wordsOf(normalised));
}
