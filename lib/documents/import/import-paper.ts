import { type Block, forEachTextBlock, type ImportNotice, normaliseBlocks, type PaperMeta, type ParsedPaper, parsed as parsedPaper, spansText } from "./blocks";
import { buildDocWithProvenance, type Provenance } from "./build-doc";
import { detectFormat, IMPORT_FORMATS, type ImportFormat } from "./detect-format";
import { exclusiveMarks } from "./exclusive-marks";
import { findAbstract } from "./find-abstract";
import { findReferences } from "./find-references";
import { type FoundQuestion, findQuestions } from "./find-questions";
import { decodeText, guardSize, SUPPORTED_FORMATS } from "./guard-input";
import { ImportError } from "./import-error";
import { type CitedWork, markCitations } from "./mark-citations";
import { parseDocx } from "./parse-docx";
import { parseHtml } from "./parse-html";
import { parseMarkdown } from "./parse-markdown";
import { parseOdt } from "./parse-odt";
import { parsePdf } from "./parse-pdf";
import { parsePlainTextPaper } from "./parse-plain-text";
import { type PaperDocJson, plainTextOf } from "./plain-text";
import { readImportBibliography } from "./read-import-bibliography";
import { type ImportSummary, summariseImport } from "./summarise-import";

export interface ImportedPaper {
  doc: PaperDocJson;
  plainText: string;
  headings: string[];
  citations: CitedWork[];
  questions: FoundQuestion[];
  format: ImportFormat;
  meta: PaperMeta;
  notices: ImportNotice[];
  /** Where each sourced block came from, on plain-text offsets (PDF: page and box). */
  provenance: Provenance[];
  summary: ImportSummary;
}

export type ImportProgress = (donePages: number, totalPages: number) => void;

export interface ImportInput {
  /** A BibTeX file given with the paper, for its pandoc citations ("[@key]"). */
  bibliography?: string | Uint8Array;
  bytes: Uint8Array;
  filename?: string;
  format?: ImportFormat;
  /** Called as a long file (a PDF's pages) is read. */
  onProgress?: ImportProgress;
}

// The contract (import-common): parsePdf(bytes, { onProgress }). Typed here so that this file
// does not depend on which version of the PDF parser it is merged with.
const parsePdfWithProgress = parsePdf as (bytes: Uint8Array, options?: { onProgress?: ImportProgress }) => ReturnType<typeof parsePdf>;

async function parse(bytes: Uint8Array, format: ImportFormat, onProgress?: ImportProgress): Promise<ParsedPaper> {
  const result = await parseFormat(bytes, format, onProgress);
  return Array.isArray(result) ? parsedPaper(result) : result;
}

async function parseFormat(bytes: Uint8Array, format: ImportFormat, onProgress?: ImportProgress): Promise<Block[] | ParsedPaper> {
  switch (format) {
    case "pdf":
      return parsePdfWithProgress(bytes, { onProgress });
    case "html":
      return parseHtml(decodeText(bytes));
    case "markdown":
      return parseMarkdown(decodeText(bytes));
    case "text":
      return parsePlainTextPaper(decodeText(bytes));
    case "docx":
      return parseDocx(bytes);
    case "odt":
      return parseOdt(bytes);
  }
}

/**
 * The import pipeline: guard the input, parse the format into blocks, find the
 * abstract, mark citations, build the document, then read headings and questions off the
 * finished document so their offsets match plainTextOf(doc) exactly. Deterministic: the
 * same bytes always give the same result.
 */
export async function importPaper(input: ImportInput): Promise<ImportedPaper> {
  guardSize(input.bytes);
  const format = input.format ?? detectFormat(input.bytes, input.filename);
  if (!IMPORT_FORMATS.includes(format)) {
    throw new ImportError("unsupported_format", `The format "${String(format)}" is not supported. ${SUPPORTED_FORMATS}`);
  }
  const result = await parse(input.bytes, format, input.onProgress);
  const parsed = normaliseBlocks(exclusiveMarks(result.blocks));
  if (parsed.length === 0) throw new ImportError("empty", "The file contains no readable text.");

  // Front matter and the reference list first, so citations can link to the entries.
  const bibliography = readImportBibliography(input.bibliography, result.meta.frontMatter);
  const fronted = normaliseBlocks(findReferences(findAbstract(parsed, result.meta.abstract)));
  const { blocks, citations } = markCitations(fronted, { bibliography });
  const { doc, provenance } = buildDocWithProvenance(blocks);
  const headings: string[] = [];
  forEachTextBlock(blocks, (block) => {
    if (block.kind === "heading") headings.push(spansText(block.spans));
  });
  const questions = findQuestions(doc);
  const summary = summariseImport({ doc, format, meta: result.meta, notices: result.notices, citations, questions: questions.length });
  return { doc, plainText: plainTextOf(doc), headings, citations, questions, format, meta: result.meta, notices: result.notices, provenance, summary };
}
