import { addMarks, type Block, forEachTextBlock, spansText, type TextBlock } from "./blocks";
import {
  type CitationMention,
  citationKey,
  citationLabel,
  findNarrativeCitations,
  findParentheticalCitations,
} from "./find-citations";

// A type alias, not an interface, so that it is assignable to Prisma's JSON input type.
export type CitedWork = {
  key: string;
  label: string;
  count: number;
};

/**
 * Marks every citation mention with a `citation` mark keyed by the work, and lists the
 * works in order of first mention. Parenthetical citations are read first, across the
 * whole paper, so narrative mentions can be matched against the authors they name.
 */
export function markCitations(input: Block[]): { blocks: Block[]; citations: CitedWork[] } {
  const blocks = structuredClone(input);
  const textBlocks: TextBlock[] = [];
  forEachTextBlock(blocks, (block) => textBlocks.push(block));

  const parenthetical = new Map<TextBlock, CitationMention[]>();
  const knownAuthors = new Set<string>();
  for (const block of textBlocks) {
    const mentions = findParentheticalCitations(spansText(block.spans));
    parenthetical.set(block, mentions);
    for (const mention of mentions) for (const author of mention.authors) knownAuthors.add(author);
  }

  const works = new Map<string, CitedWork>();
  for (const block of textBlocks) {
    const text = spansText(block.spans);
    const mentions = [...(parenthetical.get(block) ?? []), ...findNarrativeCitations(text, knownAuthors)];
    mentions.sort((a, b) => a.from - b.from);
    const ranges = mentions.map((mention) => {
      const key = citationKey(mention.authors, mention.etAl, mention.year);
      const work = works.get(key) ?? { key, label: citationLabel(mention.authors, mention.etAl, mention.year), count: 0 };
      work.count += 1;
      works.set(key, work);
      return { from: mention.from, to: mention.to, mark: { type: "citation" as const, attrs: { key } } };
    });
    block.spans = addMarks(block.spans, ranges);
  }
  return { blocks, citations: [...works.values()] };
}
