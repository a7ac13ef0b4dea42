import type { AnyExtension } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { AbstractNode } from "./abstract-node";
import { AnnotationMark } from "./annotation-mark";
import { CaptionNode } from "./caption-node";
import { CitationMark } from "./citation-mark";
import { CodeBlockNode } from "./code-block-node";
import { FootnoteNode, FootnotesNode } from "./footnotes-node";
import { FootnoteRefMark } from "./footnote-ref-mark";
import { MathBlockNode } from "./math-block-node";
import { MathMark } from "./math-mark";
import { ReferenceEntryNode, ReferencesNode } from "./references-node";

/**
 * The one list of extensions that defines a paper's schema. Server (importer, mark writer,
 * persistence) and client (tiptap editor) must build from the same list, or y-tiptap
 * drops nodes and marks the other side does not know.
 *
 * Only additions here: every node and mark an earlier schema had keeps its name, content
 * and attributes, so Yjs states stored before stay readable (tests/integration/documents/
 * old-schema-state.test.ts). How each node counts in the plain text is stated in
 * lib/documents/import/plain-text.ts.
 */
export function paperExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs carries history; ProseMirror's own undo would fight it.
      undoRedo: false,
      link: { openOnClick: false, autolink: false },
      trailingNode: false,
      // Our own code block (below): the same node, but highlights are allowed in it.
      codeBlock: false,
      orderedList: { keepMarks: true },
      bulletList: { keepMarks: true },
    }),
    CodeBlockNode,
    // Reading, not spreadsheet editing: no column resizing handles, no cell selection of whole tables.
    Table.configure({ resizable: false, allowTableNodeSelection: false, HTMLAttributes: { class: "paper-table" } }),
    TableRow,
    TableHeader,
    TableCell,
    AbstractNode,
    CaptionNode,
    MathBlockNode,
    FootnotesNode,
    FootnoteNode,
    ReferencesNode,
    ReferenceEntryNode,
    CitationMark,
    AnnotationMark,
    FootnoteRefMark,
    MathMark,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | undefined;

export function paperSchema() {
  cachedSchema ??= getSchema(paperExtensions());
  return cachedSchema;
}
