import { type Block, forEachTextBlock, spansText } from "@/lib/documents/import/blocks";

/** Every block of a kind, containers searched too, in document order. */
export function find<K extends Block["kind"]>(blocks: Block[], kind: K): Extract<Block, { kind: K }>[] {
  const out: Block[] = [];
  const visit = (list: Block[]) => {
    for (const block of list) {
      if (block.kind === kind) out.push(block);
      if ("children" in block) visit(block.children as Block[]);
    }
  };
  visit(blocks);
  return out as Extract<Block, { kind: K }>[];
}

/** "kind: text" for every text block, whitespace collapsed. */
export function texts(blocks: Block[]): string[] {
  const out: string[] = [];
  forEachTextBlock(blocks, (block) => out.push(`${block.kind}: ${spansText(block.spans).replace(/\s+/g, " ").trim()}`));
  return out;
}

/** The text of every span that carries a mark of this type. */
export function marked(blocks: Block[], type: string): string[] {
  const out: string[] = [];
  forEachTextBlock(blocks, (block) => {
    for (const span of block.spans) if (span.marks.some((mark) => mark.type === type)) out.push(span.text);
  });
  return out;
}
