import type { Node as PMNode } from "@tiptap/pm/model";

/** The ids of every annotation mark in the live paper. */
export function markedIds(doc: PMNode): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === "annotation" && typeof mark.attrs.id === "string") ids.add(mark.attrs.id);
    return true;
  });
  return ids;
}

/** Where an annotation's mark is now in the live paper (first to last marked character). */
export function markRange(doc: PMNode, id: string): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  doc.descendants((node, pos) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === "annotation" && mark.attrs.id === id)) {
      if (from === -1) from = pos;
      to = pos + node.nodeSize;
    }
    return true;
  });
  return from === -1 ? null : { from, to };
}
