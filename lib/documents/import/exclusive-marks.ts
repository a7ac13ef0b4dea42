import type { Block, InlineMark } from "./blocks";

// The schema's code mark excludes every other mark, and inline math and footnote calls
// render as code until they have marks of their own: such a span keeps that one mark.
const EXCLUSIVE: InlineMark["type"][] = ["code", "math", "footnoteRef"];

/** Drops the marks a span cannot carry alongside code, math or a footnote call ("***`bin`***" is code). */
export function exclusiveMarks(blocks: Block[]): Block[] {
  return blocks.map((block): Block => {
    if ("spans" in block) {
      const spans = block.spans.map((span) => {
        const exclusive = EXCLUSIVE.map((type) => span.marks.find((mark) => mark.type === type)).find(Boolean);
        return exclusive && span.marks.length > 1 ? { ...span, marks: [exclusive] } : span;
      });
      return { ...block, spans } as Block;
    }
    return { ...block, children: exclusiveMarks(block.children) } as Block;
  });
}
