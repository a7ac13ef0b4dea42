import { type Block, type Span, spansText } from "./blocks";

type ParagraphBlock = { kind: "paragraph"; spans: Span[] };

const ABSTRACT_HEADING = /^(?:\d+\.?\s+)?abstract[.:]?$/i;
const INTRODUCTION_HEADING = /^(?:(?:\d+|[IVX]+)\.?\s+)?introduction$/i;
const ABSTRACT_LABEL = /^abstract\s*[:.—–-]\s*/i;
const MAX_UNLABELLED_PARAGRAPHS = 3;

function withoutLabel(paragraph: ParagraphBlock): ParagraphBlock {
  const [first, ...rest] = paragraph.spans;
  const text = first.text.replace(ABSTRACT_LABEL, "");
  return { kind: "paragraph", spans: text === "" ? rest : [{ ...first, text }, ...rest] };
}

/**
 * Finds the abstract, in the order of how explicit the paper is about it:
 * 1. a heading "Abstract": the paragraphs under it (the heading itself is dropped);
 * 2. a paragraph starting "Abstract:" (or "Abstract."), and the label is dropped;
 * 3. otherwise, one to three paragraphs that open the paper (after a title) and are
 *    followed by an "Introduction" heading.
 * Papers with none of these get no abstract node.
 */
export function findAbstract(blocks: Block[]): Block[] {
  let start = 0;
  while (blocks[start]?.kind === "heading" && (blocks[start] as { level: number }).level === 1) start += 1;
  const first = blocks[start];
  if (!first) return blocks;

  const paragraphsFrom = (index: number): ParagraphBlock[] => {
    const out: ParagraphBlock[] = [];
    for (let i = index; blocks[i]?.kind === "paragraph"; i += 1) out.push(blocks[i] as ParagraphBlock);
    return out;
  };
  const replace = (from: number, count: number, children: ParagraphBlock[]): Block[] => [
    ...blocks.slice(0, from),
    { kind: "abstract", children },
    ...blocks.slice(from + count),
  ];

  if (first.kind === "heading" && ABSTRACT_HEADING.test(spansText(first.spans))) {
    const children = paragraphsFrom(start + 1);
    return children.length > 0 ? replace(start, children.length + 1, children) : blocks;
  }
  if (first.kind === "paragraph" && ABSTRACT_LABEL.test(spansText(first.spans))) {
    const labelled = withoutLabel(first);
    return labelled.spans.length > 0 ? replace(start, 1, [labelled]) : blocks;
  }
  const opening = paragraphsFrom(start);
  const next = blocks[start + opening.length];
  if (
    opening.length >= 1 &&
    opening.length <= MAX_UNLABELLED_PARAGRAPHS &&
    next?.kind === "heading" &&
    INTRODUCTION_HEADING.test(spansText(next.spans))
  ) {
    return replace(start, opening.length, opening);
  }
  return blocks;
}
