/**
 * Paper import: plain text, Markdown, HTML or PDF in, a tiptap document out, with its
 * canonical plain text, headings, cited works and candidate debate questions.
 *
 * Pipeline (one file per step): detect-format → guard-input → parse-{plain-text,
 * markdown,html,pdf} (all produce the blocks of blocks.ts) → find-abstract →
 * find-references → mark-citations (with read-bibliography for pandoc keys) →
 * build-doc → find-questions.
 */
export { ImportError, type ImportErrorCode } from "./import-error";
export { detectFormat, type ImportFormat } from "./detect-format";
export { MAX_IMPORT_BYTES } from "./guard-input";
export { importPaper, type ImportedPaper, type ImportInput } from "./import-paper";
export { plainTextOf, textBlocksOf, type PaperDocJson, type PaperNodeJson, type TextBlockEntry } from "./plain-text";
export type { CitedWork } from "./mark-citations";
export { MAX_BIBLIOGRAPHY_BYTES } from "./read-import-bibliography";
export { readBibliography, readBibtex, type BibliographyEntry } from "./read-bibliography";
export type { FoundQuestion } from "./find-questions";
export type { ImportSummary } from "./summarise-import";
export type { Provenance } from "./build-doc";
export type { ImportProgress } from "./import-paper";
export { abstractTextOf } from "./summarise-import";
