import { paperSchema } from "@/lib/documents/schema";

/** ProseMirror JSON, as tiptap stores and exchanges it. */
export interface PaperNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PaperNodeJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export interface PaperDocJson extends PaperNodeJson {
  type: "doc";
  content: PaperNodeJson[];
}

export interface TextBlockEntry {
  node: PaperNodeJson;
  text: string;
  /** Offset of the block's first character in plainTextOf(doc). */
  start: number;
}

export const BLOCK_SEPARATOR = "\n\n";

function inlineText(node: PaperNodeJson): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(inlineText).join("");
}

function asJson(doc: PaperNodeJson | { toJSON(): unknown }): PaperNodeJson {
  return typeof (doc as { toJSON?: unknown }).toJSON === "function"
    ? ((doc as { toJSON(): unknown }).toJSON() as PaperNodeJson)
    : (doc as PaperNodeJson);
}

/**
 * Every textblock (paragraph, heading, code block ...) in document order with its text
 * and its offset in the plain text. Containers (blockquote, abstract, lists) contribute
 * their children; leaf blocks such as a horizontal rule contribute nothing.
 */
export function textBlocksOf(doc: PaperNodeJson | { toJSON(): unknown }): TextBlockEntry[] {
  const schema = paperSchema();
  const out: TextBlockEntry[] = [];
  let offset = 0;
  const visit = (node: PaperNodeJson) => {
    const type = schema.nodes[node.type];
    if (type?.isTextblock) {
      if (out.length > 0) offset += BLOCK_SEPARATOR.length;
      const text = inlineText(node);
      out.push({ node, text, start: offset });
      offset += text.length;
    } else {
      for (const child of node.content ?? []) visit(child);
    }
  };
  visit(asJson(doc));
  return out;
}

/**
 * THE plain text of a document: the text of every textblock, in document order, joined
 * by "\n\n". Inside a block, text nodes are concatenated as they are and a hard break is
 * "\n"; nothing else is added or normalised. Annotation positions (W3C
 * TextPositionSelector) are offsets into this string, so it must never change shape.
 * Accepts ProseMirror JSON or a ProseMirror node.
 *
 * The rule, node by node (the one place it is stated; text-positions.ts and the client
 * follow it through textBlocksOf / isTextblock):
 * - paragraph, heading, caption, referenceEntry: one block each, their text as shown.
 * - codeBlock, mathBlock: one block each, whitespace and newlines inside kept exactly
 *   (a ten-line listing is one block with nine "\n").
 * - blockquote, abstract: no text of their own; each paragraph inside is a block.
 * - bulletList / orderedList / listItem: no text of their own (the bullet or number is
 *   drawn, not text); each paragraph of an item is a block, nested lists follow in order.
 * - table / tableRow / tableHeader / tableCell: row by row, cell by cell, each paragraph of a
 *   cell is a block; an empty cell is an empty block (so "\n\n\n\n" between its neighbours),
 *   which keeps every cell addressable.
 * - footnotes / footnote: each note's paragraphs are blocks, in note order; the note's label
 *   ("3") is drawn, not text (the call in the running text already carries it as text).
 * - references: each entry is one block, its text as printed (its label "[12]" included
 *   when the paper prints one).
 * - horizontalRule and other leaves: nothing.
 * An empty textblock still counts as a block ("" between two separators).
 */
export function plainTextOf(doc: PaperNodeJson | { toJSON(): unknown }): string {
  return textBlocksOf(doc)
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR);
}
