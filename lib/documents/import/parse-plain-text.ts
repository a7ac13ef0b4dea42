import { type Block, type PaperMeta, type ParsedPaper, parsed } from "./blocks";
import { toBlocks } from "./plain-text-blocks";
import { readTextHeader, removePageFurniture } from "./plain-text-furniture";
import { baseIndent, blockIndent, classifyBlocks, type Gap, indentOf, type RawBlock } from "./plain-text-structure";
import {
  endsClause,
  endsSentence,
  isHeadingText,
  isPageNumber,
  startsContinuation,
  startsUppercase,
  wordsOf,
} from "./plain-text-rules";

const NO_GAP: Gap = { empty: 0, space: 0, soft: false };
const SOFT_GAP: Gap = { empty: 0, space: 0, soft: true };

function splitIntoBlocks(lines: string[], breaks: Set<number> = new Set()): { blocks: RawBlock[]; trailing: Gap } {
  const blocks: RawBlock[] = [];
  let gap: Gap = { ...NO_GAP };
  let current: RawBlock | undefined;
  for (const [index, line] of lines.entries()) {
    if (breaks.has(index)) gap.pageBreak = true;
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
  const merged: Gap = { empty: a.empty + b.empty, space: a.space + b.space, soft: a.soft && b.soft };
  if (a.pageBreak || b.pageBreak) merged.pageBreak = true;
  return merged;
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
    if (block.kind !== "paragraph") {
      out.push(block);
      continue;
    }
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

function isHeadingBlock(lines: string[], base = 0): boolean {
  if (lines.length > 2) return false;
  // In text indented throughout (RFCs), headings stand out to the left of the body.
  if (base >= 2 && lines.every((line) => indentOf(line) >= base)) return false;
  if (lines.length === 2 && endsClause(lines[0])) return false;
  return isHeadingText(lines.join(" "));
}

/**
 * A heading glued to the paragraph before or after it (no blank line between) is split
 * off: a title-case last line after a sentence end, or a short title-case first line.
 */
function splitEdgeHeadings(blocks: RawBlock[], base: number): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== "paragraph" || isHeadingBlock(block.lines, base)) {
      out.push(block);
      continue;
    }
    let lines = block.lines;
    let gapBefore = block.gapBefore;
    const first = lines[0].trim();
    const second = lines[1]?.trim();
    if (
      second !== undefined &&
      !(base >= 2 && indentOf(lines[0]) >= base) &&
      isHeadingText(first) &&
      startsUppercase(second) &&
      first.length < 0.7 * second.length
    ) {
      out.push({ lines: [lines[0]], gapBefore, kind: "paragraph" });
      lines = lines.slice(1);
      gapBefore = SOFT_GAP;
    }
    const last = lines[lines.length - 1];
    if (lines.length >= 2 && !(base >= 2 && indentOf(last) >= base) && isHeadingText(last) && endsSentence(lines[lines.length - 2])) {
      out.push({ lines: lines.slice(0, -1), gapBefore, kind: "paragraph" });
      out.push({ lines: [last], gapBefore: SOFT_GAP, kind: "paragraph" });
    } else {
      out.push({ lines, gapBefore, kind: "paragraph" });
    }
  }
  for (const block of out) if (block.kind === "paragraph" && isHeadingBlock(block.lines, base)) block.kind = "heading";
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
      (startsContinuation(block.lines[0]) || block.gapBefore.pageBreak === true)
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
function markQuotes(blocks: RawBlock[], trailing: Gap, base: number): void {
  const gaps = blocks.map((block) => block.gapBefore);
  const spaceStyle = gaps.reduce((n, gap) => n + gap.space, 0) > gaps.reduce((n, gap) => n + gap.empty, 0);
  const indented = (block: RawBlock) =>
    base >= 2 ? blockIndent(block) >= base + 2 : block.lines.every((line) => /^(?: {4,}|\t)/.test(line));
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


/** reStructuredText, which PEPs and many READMEs are written in: its literal blocks, directives or roles. */
function isRestructuredText(text: string): boolean {
  return /^\.\. (?:\[[^\]]+\]|_[^:]+:|[\w-]+::)/m.test(text) || /^Content-Type: text\/x-rst/m.test(text) || /:\w+:`[^`]+`/.test(text);
}

function structure(lines: string[], breaks: Set<number>, text: string, lead: Block[]): Block[] {
  const split = splitIntoBlocks(lines, breaks);
  const { blocks, trailing } = dropPageNumbers(split.blocks, split.trailing);
  const base = baseIndent(blocks);
  const rest = isRestructuredText(text);
  const classified = classifyBlocks(blocks, { rest, base });
  const structured = joinPageBreaks(splitEdgeHeadings(splitSoftBreaks(classified), base));
  markQuotes(structured, trailing, base);
  return [...lead, ...toBlocks(structured, wordsOf(text), rest)];
}

function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n\f\n").split("\n");
}

/** Plain text (as typed, or as extracted from a PDF) to blocks. */
export function parsePlainText(text: string): Block[] {
  const { lines, breaks } = removePageFurniture(linesOf(text));
  return structure(lines, breaks, text, []);
}

/**
 * A plain-text file to blocks, with what its header states (an RFC's front page, a PEP's
 * "Title:"/"Author:" fields) in meta, and the page furniture it removed in the notices.
 */
export function parsePlainTextPaper(text: string): ParsedPaper {
  const { lines: pageLines, breaks: pageBreaks, notices } = removePageFurniture(linesOf(text));
  const header = readTextHeader(pageLines);
  let meta: PaperMeta = {};
  let lines = pageLines;
  let breaks = pageBreaks;
  const lead: Block[] = [];
  if (header) {
    meta = header.meta;
    lines = pageLines.slice(header.consumed);
    breaks = new Set([...pageBreaks].map((index) => index - header.consumed).filter((index) => index >= 0));
    if (header.kept?.trim()) lead.push({ kind: "code", spans: [{ text: header.kept, marks: [] }] });
  }
  return parsed(structure(lines, breaks, text, lead), meta, notices);
}
