import type { Block, ImportNotice, PaperMeta } from "@/lib/documents/import/blocks";
import { buildDocWithProvenance } from "@/lib/documents/import/build-doc";
import { findQuestions } from "@/lib/documents/import/find-questions";
import type { ImportedPaper } from "@/lib/documents/import";
import { plainTextOf } from "@/lib/documents/import";
import { summariseImport } from "@/lib/documents/import/summarise-import";

/**
 * An imported paper made from hand-written blocks, the way importPaper finishes one (build,
 * then read headings, questions and the summary off the document): lets storage and
 * annotation tests use every block kind whatever the parsers produce today.
 */
export function paperFromBlocks(blocks: Block[], meta: PaperMeta = {}, notices: ImportNotice[] = []): ImportedPaper {
  const { doc, provenance } = buildDocWithProvenance(blocks);
  const questions = findQuestions(doc);
  const headings = doc.content.filter((node) => node.type === "heading").map((node) => (node.content ?? []).map((child) => child.text ?? "").join(""));
  return {
    doc,
    plainText: plainTextOf(doc),
    headings,
    citations: [],
    questions,
    format: "pdf",
    meta,
    notices,
    provenance,
    summary: summariseImport({ doc, format: "pdf", meta, notices, citations: [], questions: questions.length }),
  };
}
