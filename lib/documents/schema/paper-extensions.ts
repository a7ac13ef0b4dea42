import type { AnyExtension } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { AbstractNode } from "./abstract-node";
import { AnnotationMark } from "./annotation-mark";
import { CitationMark } from "./citation-mark";

/**
 * The one list of extensions that defines a paper's schema. Server (importer, mark writer,
 * persistence) and client (tiptap editor) must build from the same list, or y-tiptap
 * drops nodes and marks the other side does not know.
 */
export function paperExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs carries history; ProseMirror's own undo would fight it.
      undoRedo: false,
      link: { openOnClick: false, autolink: false },
      trailingNode: false,
    }),
    AbstractNode,
    CitationMark,
    AnnotationMark,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | undefined;

export function paperSchema() {
  cachedSchema ??= getSchema(paperExtensions());
  return cachedSchema;
}
