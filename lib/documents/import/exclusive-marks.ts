import type { Block } from "./blocks";

/**
 * The schema's code mark (tiptap's) excludes every other mark, so "***`bin`***" cannot be
 * bold, italic and code at once: a code span keeps only its code mark.
 */
export function exclusiveMarks(blocks: Block[]): Block[] {
  return blocks.map((block): Block => {
    if ("spans" in block) {
      const spans = block.spans.map((span) => {
        const code = span.marks.find((mark) => mark.type === "code");
        return code && span.marks.length > 1 ? { ...span, marks: [code] } : span;
      });
      return { ...block, spans } as Block;
    }
    return { ...block, children: exclusiveMarks(block.children) } as Block;
  });
}
