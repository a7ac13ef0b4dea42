import { type Block, type ParagraphBlock, type Span, spansText } from "./blocks";

const ABSTRACT_HEADING = /^(?:(?:\d+|[IVX]+)\.?\s+)?abstract\s*[.:—–-]?$/i;
const INTRODUCTION_HEADING = /^(?:(?:\d+|[IVX]+)\.?\s+)?introduction$/i;
// "Abstract:", "Abstract.", "Abstract—", "Abstract –", "Abstract- As …" (not "Abstract-level").
const ABSTRACT_LABEL = /^abstract\s*(?:[:.—–]|-\s)\s*/i;
// What follows an abstract and is not part of it.
const AFTER_ABSTRACT = /^(?:keywords?|key\s+words|index\s+terms|categories\s+and\s+subject\s+descriptors|general\s+terms|acm\s+reference\s+format|ccs\s+concepts)\b/i;
const MAX_UNLABELLED_PARAGRAPHS = 3;
const MIN_UNLABELLED_WORDS = 40;
/** The abstract is near the start: past this many blocks, an "Abstract" is something else. */
const FRONT_MATTER_BLOCKS = 60;

function isBold(span: Span): boolean {
  return span.marks.some((mark) => mark.type === "bold");
}

/** A paragraph that is only a label ("**Abstract**", "ABSTRACT"): a heading in all but name. */
function pseudoHeading(block: Block): boolean {
  if (block.kind !== "paragraph") return false;
  const text = spansText(block.spans).trim();
  return text.length < 80 && block.spans.every((span) => isBold(span) || span.text.trim() === "") && !/[.?!:]$/.test(text);
}

/** The paragraph with its label dropped: "Abstract— We …", "**Abstract** We …", "**Abstract.** We …". */
function withoutLabel(paragraph: ParagraphBlock): ParagraphBlock | undefined {
  const [first, ...rest] = paragraph.spans;
  if (isBold(first) && /^abstract\s*[.:—–-]?\s*$/i.test(first.text)) {
    const spans = [...rest];
    if (spans[0]) spans[0] = { ...spans[0], text: spans[0].text.replace(/^\s*[.:—–-]?\s*/, "") };
    return spans.some((span) => span.text.trim() !== "") ? { kind: "paragraph", spans } : undefined;
  }
  if (!ABSTRACT_LABEL.test(first.text)) return undefined;
  const text = first.text.replace(ABSTRACT_LABEL, "");
  const spans = text === "" ? rest : [{ ...first, text }, ...rest];
  return spans.length > 0 ? { kind: "paragraph", spans } : undefined;
}

function containsAbstract(blocks: Block[]): boolean {
  return blocks.some((block) => block.kind === "abstract" || ("children" in block && containsAbstract(block.children)));
}

/**
 * Finds the abstract, in the order of how explicit the paper is about it, within the
 * front of the paper (title blocks, author lines, an RFC's "Status of This Memo" may
 * come first):
 * 1. a heading "Abstract" (any level, numbered or not) or a paragraph that is only the
 *    bold label "**Abstract**": the paragraphs under it up to the next heading, label or
 *    "Keywords" line (the label itself is dropped);
 * 2. a paragraph starting "Abstract:", "Abstract.", "Abstract—", "Abstract- " or a bold
 *    "Abstract": that paragraph, label dropped;
 * 3. otherwise, one to three paragraphs that open the paper (after a title) and are
 *    followed by an "Introduction" heading.
 * A paper that already has an abstract block (its parser saw one) is left alone; one
 * whose front matter states an abstract gets it as the first block.
 */
export function findAbstract(blocks: Block[], statedAbstract?: string): Block[] {
  if (containsAbstract(blocks)) return blocks;
  if (statedAbstract?.trim()) {
    const children = statedAbstract
      .split(/\n\s*\n/)
      .map((text) => text.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .map((text): ParagraphBlock => ({ kind: "paragraph", spans: [{ text, marks: [] }] }));
    return [{ kind: "abstract", children }, ...blocks];
  }
  const replace = (from: number, count: number, children: ParagraphBlock[]): Block[] => [
    ...blocks.slice(0, from),
    { kind: "abstract", children },
    ...blocks.slice(from + count),
  ];
  const front = Math.min(blocks.length, FRONT_MATTER_BLOCKS);

  for (let i = 0; i < front; i += 1) {
    const block = blocks[i];
    const label = "spans" in block ? spansText(block.spans).trim() : "";
    const labelOnly =
      ((block.kind === "heading" || pseudoHeading(block)) && ABSTRACT_HEADING.test(label)) ||
      (block.kind === "paragraph" && /^abstract[.:]?$/i.test(label));
    if (labelOnly) {
      const children: ParagraphBlock[] = [];
      for (let j = i + 1; j < blocks.length; j += 1) {
        const next = blocks[j];
        if (next.kind !== "paragraph" || pseudoHeading(next) || AFTER_ABSTRACT.test(spansText(next.spans))) break;
        children.push(next);
      }
      if (children.length > 0) return replace(i, children.length + 1, children);
      continue;
    }
    if (block.kind === "paragraph") {
      const labelled = withoutLabel(block);
      if (labelled) return replace(i, 1, [labelled]);
    }
  }

  let start = 0;
  while (blocks[start]?.kind === "heading" && (blocks[start] as { level: number }).level === 1) start += 1;
  const opening: ParagraphBlock[] = [];
  for (let i = start; blocks[i]?.kind === "paragraph"; i += 1) opening.push(blocks[i] as ParagraphBlock);
  const next = blocks[start + opening.length];
  // Prose, not a byline or an affiliation line: "by Emillie de Keulenaar and Ivan Kisjes".
  const words = opening.reduce((sum, block) => sum + spansText(block.spans).split(/\s+/).length, 0);
  if (
    opening.length >= 1 &&
    opening.length <= MAX_UNLABELLED_PARAGRAPHS &&
    words >= MIN_UNLABELLED_WORDS &&
    opening.every((block) => /[.!?”")]$/.test(spansText(block.spans).trim())) &&
    next?.kind === "heading" &&
    INTRODUCTION_HEADING.test(spansText(next.spans))
  ) {
    return replace(start, opening.length, opening);
  }
  return blocks;
}
