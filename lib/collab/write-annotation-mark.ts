import type { Hocuspocus } from "@hocuspocus/server";
import { EditorState } from "@tiptap/pm/state";
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { paperSchema } from "@/lib/documents/schema";
import { plainTextOf } from "@/lib/documents/import";
import { pmRangeFromText } from "@/lib/documents/text-positions";
import { PAPER_FIELD } from "./document-state";

export class MarkRangeError extends Error {}

/**
 * Writes (or removes) an annotation mark in the live document through a Hocuspocus direct
 * connection, following the recipe verified for tiptap 3 / y-tiptap 3.0.9: rebuild the
 * ProseMirror node from the fragment, add the mark in a transaction, and let updateYFragment
 * write the minimal diff. The update goes through our persistence like any other (stored
 * before `transact` resolves) and reaches every client in the room.
 *
 * `expectedQuote` guards against a range computed on a stale text: the mark is only written
 * when the live text at [start, end) is still the quote the API validated.
 */
export async function writeAnnotationMark(
  hocuspocus: Hocuspocus,
  documentId: string,
  mark: { annotationId: string; start: number; end: number; expectedQuote: string },
  mode: "add" | "remove" = "add",
): Promise<void> {
  const connection = await hocuspocus.openDirectConnection(documentId, { system: true });
  try {
    let failure: Error | null = null;
    await connection.transact((document) => {
      const fragment = document.getXmlFragment(PAPER_FIELD);
      const schema = paperSchema();
      const root = yXmlFragmentToProseMirrorRootNode(fragment, schema);
      const state = EditorState.create({ doc: root, schema });
      const tr = state.tr;
      if (mode === "add") {
        const text = plainTextOf(root.toJSON());
        if (text.slice(mark.start, mark.end) !== mark.expectedQuote) {
          failure = new MarkRangeError("The passage changed before the highlight could be written.");
          return;
        }
        const range = pmRangeFromText(root, mark.start, mark.end);
        if (!range || range.from >= range.to) {
          failure = new MarkRangeError("The passage is outside the document.");
          return;
        }
        tr.addMark(range.from, range.to, schema.marks.annotation.create({ id: mark.annotationId }));
      } else {
        root.descendants((node, pos) => {
          const found = node.marks.find((m) => m.type === schema.marks.annotation && m.attrs.id === mark.annotationId);
          if (found) tr.removeMark(pos, pos + node.nodeSize, found);
        });
      }
      if (!tr.docChanged) return;
      updateYFragment(document, fragment, tr.doc, { mapping: new Map(), isOMark: new Map() });
    });
    if (failure) throw failure;
  } finally {
    await connection.disconnect();
  }
}

/** Where each annotation's mark is in the live document now (plain-text offsets), by id. */
export function markedRanges(root: import("@tiptap/pm/model").Node): Map<string, { start: number; end: number }> {
  const ranges = new Map<string, { start: number; end: number }>();
  let offset = 0;
  let first = true;
  root.descendants((node) => {
    if (!node.isTextblock) return true;
    if (!first) offset += 2;
    first = false;
    node.forEach((child) => {
      const length = child.isText ? child.text!.length : 0;
      for (const m of child.marks) {
        if (m.type.name !== "annotation") continue;
        const id = String(m.attrs.id);
        const current = ranges.get(id);
        ranges.set(id, current ? { start: Math.min(current.start, offset), end: Math.max(current.end, offset + length) } : { start: offset, end: offset + length });
      }
      offset += child.isText ? length : child.type.name === "hardBreak" ? 1 : 0;
    });
    return false;
  });
  return ranges;
}
