import type { ImportNotice, PaperMeta } from "./blocks";
import type { ImportFormat } from "./detect-format";
import type { CitedWork } from "./mark-citations";
import { type PaperNodeJson, textBlocksOf } from "./plain-text";

// A type alias, not an interface, so that it is assignable to Prisma's JSON input type.
/** What an import found, shown after it (import page, CLI) and kept with the document. */
export type ImportSummary = {
  /** The title the file states (meta.title), or null when it states none. */
  title: string | null;
  format: ImportFormat;
  /** The section headings, in order. */
  sections: string[];
  abstract: boolean;
  /** Entries of the reference list. */
  references: number;
  citations: {
    /** Marked citations in the text (each mention of each work). */
    mentions: number;
    /** Mentions whose key is an entry of the reference list. */
    linked: number;
    /** Distinct cited works. */
    works: number;
  };
  footnotes: number;
  questions: number;
  authors: string[];
  /** What was dropped or could not be read. */
  notices: ImportNotice[];
};

function walk(node: PaperNodeJson, visit: (node: PaperNodeJson) => void) {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

/** Reads the summary off the finished document, so it says what the reader will see. */
export function summariseImport(input: {
  doc: PaperNodeJson;
  format: ImportFormat;
  meta: PaperMeta;
  notices: ImportNotice[];
  citations: CitedWork[];
  questions: number;
}): ImportSummary {
  const entryKeys = new Set<string>();
  let abstract = false;
  let footnotes = 0;
  walk(input.doc, (node) => {
    if (node.type === "referenceEntry" && typeof node.attrs?.key === "string") entryKeys.add(node.attrs.key);
    if (node.type === "abstract") abstract = true;
    if (node.type === "footnote") footnotes += 1;
  });
  const sections: string[] = [];
  let references = 0;
  let mentions = 0;
  let linked = 0;
  for (const block of textBlocksOf(input.doc)) {
    if (block.node.type === "heading") sections.push(block.text);
    if (block.node.type === "referenceEntry") references += 1;
    // One mention is a run of neighbouring text nodes marked with the same citation key.
    let previousKey: string | null = null;
    for (const child of block.node.content ?? []) {
      const key = child.marks?.find((mark) => mark.type === "citation")?.attrs?.key;
      const current = typeof key === "string" ? key : null;
      if (current !== null && current !== previousKey) {
        mentions += 1;
        if (entryKeys.has(current)) linked += 1;
      }
      previousKey = current;
    }
  }
  return {
    title: input.meta.title?.trim() || null,
    format: input.format,
    sections,
    abstract: abstract || Boolean(input.meta.abstract?.trim()),
    references,
    citations: { mentions, linked, works: input.citations.length },
    footnotes,
    questions: input.questions,
    authors: input.meta.authors ?? [],
    notices: input.notices,
  };
}

/** The abstract's text (its paragraphs joined by blank lines), or the one the front matter states. */
export function abstractTextOf(doc: PaperNodeJson, meta: PaperMeta): string | null {
  const paragraphs: string[] = [];
  for (const node of doc.content ?? []) {
    if (node.type !== "abstract") continue;
    for (const block of textBlocksOf({ type: "doc", content: [node] })) paragraphs.push(block.text);
  }
  const text = paragraphs.join("\n\n").trim() || meta.abstract?.trim() || "";
  return text || null;
}
