import { type Block, type ImportNotice, type ParagraphBlock, type ParsedPaper, parsed } from "../blocks";
import { footnoteBlocks, lineSpans, preformattedSpans, referenceBlocks, sourceOf, splitReferenceLines, stripLeading } from "./assemble-blocks";
import { buildLines } from "./build-lines";
import { findColumns } from "./find-columns";
import { findFootnotes } from "./find-footnotes";
import { ABSTRACT_LABEL, readFrontMatter, splitFrontMatter } from "./find-front-matter";
import { headingLevels } from "./find-headings";
import { classifyParagraph, groupLines, joinAcrossColumns, type Layout, type RawBlock } from "./group-blocks";
import { buildVocabulary } from "./join-hyphens";
import { orderReading } from "./order-reading";
import type { ReadPdf } from "./read-text-items";
import { removeFurniture } from "./remove-furniture";
import { bodySize, lineSpacing } from "./text-rules";
import type { Line, PlacedLine } from "./types";

const REFERENCES_HEADING = /^(?:[\dIVX]{1,4}\.?\s+)?(references|bibliography|literature cited|works cited|references and notes)$/i;
const AFTER_ABSTRACT = /^(categories and subject descriptors|general terms|keywords|key words|index terms)\b/i;

function textOf(lines: Line[]): string {
  return lines.map((line) => line.text).join(" ");
}

/**
 * A block quotation: two or more lines, every one set in from the column's left edge (a
 * paragraph's first-line indent moves its first line only).
 */
function isIndentedQuote(lines: PlacedLine[]): boolean {
  return lines.length >= 2 && lines.every((line) => line.x0 - line.columnX0 >= 1.5 * line.size);
}

interface Counts {
  furniture: number;
  figure: number;
}

/** The abstract: after an "Abstract" label (a heading or the paragraph's first words). */
function takeAbstract(raw: RawBlock[], vocabulary: Set<string>): { abstract: ParagraphBlock[]; at: number; consumed: Set<RawBlock> } | null {
  const at = raw.findIndex((block) => (block.kind === "heading" || block.kind === "paragraph") && ABSTRACT_LABEL.test(textOf(block.lines).trim()));
  if (at < 0 || raw[at].lines[0].page > 2) return null;
  const consumed = new Set<RawBlock>([raw[at]]);
  const abstract: ParagraphBlock[] = [];
  const label = raw[at];
  if (label.kind === "paragraph") {
    const spans = stripLeading(lineSpans(label.lines, { vocabulary }), /^\s*abstract\b\s*[.:—–-]?\s*/i);
    abstract.push({ kind: "paragraph", spans, source: sourceOf(label.lines) });
  } else if (textOf(label.lines).trim().replace(ABSTRACT_LABEL, "").trim() !== "") {
    return null; // a heading that only starts with the word
  }
  for (let i = at + 1; i < raw.length; i += 1) {
    const block = raw[i];
    if (block.kind === "heading" || AFTER_ABSTRACT.test(textOf(block.lines).trim())) break;
    if (block.kind !== "paragraph") continue;
    consumed.add(block);
    abstract.push({ kind: "paragraph", spans: lineSpans(block.lines, { vocabulary }), source: sourceOf(block.lines) });
  }
  return abstract.length > 0 ? { abstract, at, consumed } : null;
}

/**
 * The layout pipeline from pdf.js's positioned text to blocks: lines, furniture, front
 * matter, columns and reading order, footnotes, blocks (headings, captions, code, math,
 * paragraphs, figure text left out), paragraphs joined across columns, abstract,
 * references, footnotes at the end.
 */
export function buildPaper(read: ReadPdf): ParsedPaper {
  const fragments = read.pages.map((page) => ({ number: page.number, height: page.height, lines: buildLines(page.number, page.items) }));
  const body = bodySize(fragments.flatMap((page) => page.lines));
  const furniture = removeFurniture(fragments, body);
  const counts: Counts = { furniture: furniture.removed, figure: 0 };

  const first = furniture.pages[0];
  const { front, rest } = first ? splitFrontMatter(first.lines, body) : { front: [], rest: [] };
  const frontMatter = readFrontMatter(front, body);

  const placed: PlacedLine[] = [];
  let column = 0;
  furniture.pages.forEach((page, index) => {
    const lines = orderReading(findColumns(page.number, index === 0 ? rest : page.lines), column);
    placed.push(...lines);
    column = (lines[lines.length - 1]?.column ?? column) + 1;
  });
  const layout: Layout = { body, spacing: lineSpacing(placed, body) };
  const heights = new Map(read.pages.map((page) => [page.number, page.height]));
  const notes = findFootnotes(placed, body, layout.spacing, heights);
  counts.furniture += notes.publisherNotes.length;
  const vocabulary = buildVocabulary([...placed, ...front].map((line) => line.text));

  let raw = groupLines(notes.rest, layout);
  raw = raw.map((block, index) => {
    if (block.kind !== "paragraph") return block;
    const previous = raw[index - 1];
    const columnStart = !previous || previous.lines[previous.lines.length - 1].column !== block.lines[0].column;
    const afterHeading = previous?.kind === "heading" && previous.lines[0].column === block.lines[0].column;
    return { ...block, kind: classifyParagraph(block, layout, columnStart, afterHeading) };
  });
  raw = joinAcrossColumns(raw);

  const { blocks: footnotes, calls } = footnoteBlocks(notes.footnotes, vocabulary);
  const found = takeAbstract(raw, vocabulary);
  const headings = raw.filter((block) => block.kind === "heading");
  const levels = new Map(headingLevels(headings.map((block) => ({ text: textOf(block.lines), line: block.lines[0] }))).map((level, i) => [headings[i], level]));

  const blocks: Block[] = [];
  if (frontMatter.abstractLines.length > 0 && !found) {
    blocks.push({ kind: "abstract", children: [{ kind: "paragraph", spans: lineSpans(frontMatter.abstractLines, { vocabulary }), source: sourceOf(frontMatter.abstractLines) }] });
  }
  let referenceLines: PlacedLine[] | null = null;
  const flushReferences = () => {
    if (referenceLines && referenceLines.length > 0) blocks.push({ kind: "references", children: referenceBlocks(splitReferenceLines(referenceLines), vocabulary) });
    referenceLines = null;
  };
  raw.forEach((block, index) => {
    if (found && index === found.at) blocks.push({ kind: "abstract", children: found.abstract });
    if (found?.consumed.has(block)) return;
    const source = sourceOf(block.lines);
    switch (block.kind) {
      case "heading": {
        flushReferences();
        const text = textOf(block.lines).trim();
        blocks.push({ kind: "heading", level: levels.get(block) ?? 2, spans: lineSpans(block.lines, { vocabulary, plain: true }), source });
        if (REFERENCES_HEADING.test(text)) referenceLines = [];
        return;
      }
      case "figure":
      case "furniture":
        if (referenceLines && block.kind === "figure") {
          referenceLines.push(...block.lines);
          return;
        }
        if (block.kind === "figure") counts.figure += block.lines.length;
        else counts.furniture += 1;
        return;
      case "caption":
        blocks.push({ kind: "caption", label: /^tab/i.test(block.lines[0].text.trim()) ? "table" : "figure", spans: lineSpans(block.lines, { vocabulary, calls }), source });
        return;
      case "code":
        if (referenceLines) referenceLines.push(...block.lines);
        else blocks.push({ kind: "code", spans: preformattedSpans(block.lines), source });
        return;
      case "math":
        if (referenceLines) referenceLines.push(...block.lines);
        else blocks.push({ kind: "math", spans: preformattedSpans(block.lines), source });
        return;
      case "paragraph":
        if (referenceLines) referenceLines.push(...block.lines);
        else if (isIndentedQuote(block.lines)) blocks.push({ kind: "blockquote", children: [{ kind: "paragraph", spans: lineSpans(block.lines, { vocabulary, calls }), source }] });
        else blocks.push({ kind: "paragraph", spans: lineSpans(block.lines, { vocabulary, calls }), source });
        return;
    }
  });
  flushReferences();
  if (footnotes.length > 0) blocks.push({ kind: "footnotes", children: footnotes as never });

  const notices: ImportNotice[] = [];
  if (read.unmappedGlyphs > 0) {
    notices.push({ code: "pdf_unmapped_glyphs", count: read.unmappedGlyphs, message: `${read.unmappedGlyphs} characters the PDF's fonts do not map to text (math or symbol glyphs) were left out.` });
  }
  const furnitureCount = counts.furniture + frontMatter.dropped + read.rotatedItems;
  if (furnitureCount > 0) {
    notices.push({ code: "pdf_page_furniture", count: furnitureCount, message: `${furnitureCount} pieces of page furniture (running heads, page numbers, copyright and conference lines, affiliations, margin stamps) were left out.` });
  }
  if (counts.figure > 0) {
    notices.push({ code: "pdf_figure_text", count: counts.figure, message: `${counts.figure} lines of table cells, chart labels and other text inside figures were left out of the running text.` });
  }
  const meta = { ...(frontMatter.title ? { title: frontMatter.title } : {}), ...(frontMatter.authors.length > 0 ? { authors: frontMatter.authors } : {}) };
  return parsed(blocks, meta, notices);
}
