import { paperSchema } from "@/lib/documents/schema";
import type { Block, InlineMark, Span } from "./blocks";
import type { PaperDocJson, PaperNodeJson } from "./plain-text";

function markJson(mark: InlineMark): { type: string; attrs?: Record<string, unknown> } {
  if (mark.type === "footnoteRef" || mark.type === "math") return { type: "code" };
  return "attrs" in mark ? { type: mark.type, attrs: { ...mark.attrs } } : { type: mark.type };
}

function inlineJson(spans: Span[]): PaperNodeJson[] {
  return spans
    .filter((span) => span.text !== "")
    .map((span) => ({
      type: "text",
      text: span.text,
      ...(span.marks.length > 0 ? { marks: span.marks.map(markJson) } : {}),
    }));
}

function blockJson(block: Block): PaperNodeJson {
  switch (block.kind) {
    case "heading":
      return { type: "heading", attrs: { level: block.level }, content: inlineJson(block.spans) };
    case "paragraph":
      return { type: "paragraph", content: inlineJson(block.spans) };
    case "blockquote":
      return { type: "blockquote", content: block.children.map(blockJson) };
    case "abstract":
      return { type: "abstract", content: block.children.map(blockJson) };
    default:
      // The newer kinds (lists, code, tables, captions, footnotes, references, math) get
      // their schema nodes with the document model; until then they read as paragraphs.
      return "spans" in block
        ? { type: "paragraph", content: inlineJson(block.spans) }
        : { type: "blockquote", content: block.children.length > 0 ? block.children.map(blockJson) : [{ type: "paragraph" }] }; // an empty table cell
  }
}

/**
 * Blocks to tiptap/ProseMirror JSON. The result goes through the paper schema and back,
 * so it is valid by construction and canonical (marks in schema order, default
 * attributes filled in, neighbouring text nodes merged).
 */
export function buildDoc(blocks: Block[]): PaperDocJson {
  const node = paperSchema().nodeFromJSON({ type: "doc", content: blocks.map(blockJson) });
  node.check();
  return node.toJSON() as PaperDocJson;
}
