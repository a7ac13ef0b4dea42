import { paperSchema } from "@/lib/documents/schema";
import type { Block, BlockSource, InlineMark, ListItemBlock, Span, TableCellBlock } from "./blocks";
import { type PaperDocJson, type PaperNodeJson, textBlocksOf } from "./plain-text";

function markJson(mark: InlineMark): { type: string; attrs?: Record<string, unknown> } {
  return "attrs" in mark ? { type: mark.type, attrs: { ...mark.attrs } } : { type: mark.type };
}

/** Code and math blocks hold plain text only: their spans lose every mark. */
function inlineJson(spans: Span[], plain = false): PaperNodeJson[] {
  return spans
    .filter((span) => span.text !== "")
    .map((span) => ({
      type: "text",
      text: span.text,
      ...(!plain && span.marks.length > 0 ? { marks: span.marks.map(markJson) } : {}),
    }));
}

const EMPTY_PARAGRAPH: PaperNodeJson = { type: "paragraph" };

/**
 * Walks the blocks into ProseMirror JSON, recording for every textblock it emits the source
 * of the block it came from (or of its nearest sourced container), in emission order. That
 * order is the plain text's block order, so provenance maps onto offsets by position.
 */
class DocBuilder {
  readonly sources: (BlockSource | undefined)[] = [];

  private textblock(node: PaperNodeJson, source: BlockSource | undefined): PaperNodeJson {
    this.sources.push(source);
    return node;
  }

  blocks(blocks: Block[], inherited?: BlockSource): PaperNodeJson[] {
    return blocks.map((block) => this.block(block, inherited));
  }

  /** A list item or table cell must open with a paragraph (listItem) or hold a block (cell). */
  private itemContent(item: ListItemBlock | TableCellBlock, inherited?: BlockSource): PaperNodeJson[] {
    const content = this.blocks(item.children, inherited);
    if (item.kind === "listItem" && content[0]?.type !== "paragraph") {
      this.sources.splice(this.sources.length - countTextblocks(content), 0, inherited);
      return [EMPTY_PARAGRAPH, ...content];
    }
    if (content.length === 0) return [this.textblock(EMPTY_PARAGRAPH, inherited)];
    return content;
  }

  block(block: Block, inherited?: BlockSource): PaperNodeJson {
    const source = ("source" in block ? block.source : undefined) ?? inherited;
    switch (block.kind) {
      case "heading":
        return this.textblock({ type: "heading", attrs: { level: Math.min(6, Math.max(1, block.level)) }, content: inlineJson(block.spans) }, source);
      case "paragraph":
        return this.textblock({ type: "paragraph", content: inlineJson(block.spans) }, source);
      case "caption":
        return this.textblock({ type: "caption", attrs: { label: block.label }, content: inlineJson(block.spans) }, source);
      case "code":
        return this.textblock({ type: "codeBlock", attrs: { language: block.language ?? null }, content: inlineJson(block.spans, true) }, source);
      case "math":
        return this.textblock({ type: "mathBlock", content: inlineJson(block.spans, true) }, source);
      case "reference":
        return this.textblock({ type: "referenceEntry", attrs: { key: block.key, label: block.label ?? null }, content: inlineJson(block.spans) }, source);
      case "blockquote":
        return { type: "blockquote", content: this.blocks(block.children, source) };
      case "abstract":
        return { type: "abstract", content: this.blocks(block.children, source) };
      case "list":
        return {
          type: block.ordered ? "orderedList" : "bulletList",
          ...(block.ordered ? { attrs: { start: block.start ?? 1 } } : {}),
          content: block.children.map((item) => this.block(item, source)),
        };
      case "listItem":
        return { type: "listItem", content: this.itemContent(block, source) };
      case "table": {
        // Rows padded to one width: the editor's table plugin would otherwise "fix" a ragged
        // table on load, and the client's document would differ from the stored one.
        const width = Math.max(1, ...block.children.map((row) => row.children.length));
        const rows = block.children.map((row) => ({
          ...row,
          children: [...row.children, ...Array.from({ length: width - row.children.length }, (): TableCellBlock => ({ kind: "tableCell", header: false, children: [] }))],
        }));
        return { type: "table", content: rows.map((row) => this.block(row, source)) };
      }
      case "tableRow":
        return { type: "tableRow", content: block.children.map((cell) => this.block(cell, source)) };
      case "tableCell":
        return { type: block.header ? "tableHeader" : "tableCell", content: this.itemContent(block, source) };
      case "footnotes":
        return { type: "footnotes", content: block.children.map((note) => this.block(note, source)) };
      case "footnote": {
        const content = this.blocks(block.children, source);
        return { type: "footnote", attrs: { id: block.id, label: block.label }, content: content.length > 0 ? content : [this.textblock(EMPTY_PARAGRAPH, source)] };
      }
      case "references":
        return { type: "references", content: block.children.map((entry) => this.block(entry, source)) };
    }
  }
}

function countTextblocks(nodes: PaperNodeJson[]): number {
  const schema = paperSchema();
  let count = 0;
  const visit = (node: PaperNodeJson) => {
    if (schema.nodes[node.type]?.isTextblock) count += 1;
    else node.content?.forEach(visit);
  };
  nodes.forEach(visit);
  return count;
}

/** Where a stretch of the plain text came from: [start, end) offsets and the source's page box. */
export type Provenance = { start: number; end: number } & BlockSource;

/**
 * Blocks to tiptap/ProseMirror JSON, with the provenance of every sourced block mapped onto
 * the document's plain-text offsets. The JSON goes through the paper schema and back, so it
 * is valid by construction and canonical (marks in schema order, default attributes filled
 * in, neighbouring text nodes merged).
 */
export function buildDocWithProvenance(blocks: Block[]): { doc: PaperDocJson; provenance: Provenance[] } {
  const builder = new DocBuilder();
  const content = builder.blocks(blocks);
  const node = paperSchema().nodeFromJSON({ type: "doc", content: content.length > 0 ? content : [EMPTY_PARAGRAPH] });
  node.check();
  const doc = node.toJSON() as PaperDocJson;
  const entries = textBlocksOf(doc);
  if (content.length > 0 && entries.length !== builder.sources.length) {
    throw new Error(`build-doc emitted ${builder.sources.length} textblocks but the document has ${entries.length}`);
  }
  const provenance: Provenance[] = [];
  entries.forEach((entry, index) => {
    const source = builder.sources[index];
    if (!source) return;
    const end = entry.start + entry.text.length;
    const last = provenance[provenance.length - 1];
    // The textblocks of one sourced container (a footnote's paragraphs) share one box.
    if (last && sameSource(last, source)) last.end = end;
    else provenance.push({ start: entry.start, end, page: source.page, x: source.x, y: source.y, width: source.width, height: source.height });
  });
  return { doc, provenance };
}

function sameSource(a: BlockSource, b: BlockSource): boolean {
  return a.page === b.page && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

export function buildDoc(blocks: Block[]): PaperDocJson {
  return buildDocWithProvenance(blocks).doc;
}
