import { type Block, heading, type ReferenceBlock, spansText } from "./blocks";
import { REFERENCES_HEADING } from "./find-references";
import type { BibliographyEntry } from "./read-bibliography";

/**
 * What pandoc's citeproc does: the works the paper cites from its bibliography become its
 * reference list, sorted by their text (author first), under the paper's own
 * "References" heading when it has one (R Markdown leaves that heading empty for it),
 * else under a new one at the end. Keys stay the citation keys, so marks already point
 * at the entries.
 */
export function appendBibliography(blocks: Block[], cited: BibliographyEntry[]): Block[] {
  if (cited.length === 0) return blocks;
  const sorted = [...cited].sort((a, b) => a.text.localeCompare(b.text, "en", { sensitivity: "base" }) || a.key.localeCompare(b.key));
  const children: ReferenceBlock[] = sorted.map((entry) => ({ kind: "reference", key: entry.key, spans: [{ text: entry.text, marks: [] }] }));
  const list: Block = { kind: "references", children };
  let at = -1;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block.kind === "heading" && REFERENCES_HEADING.test(spansText(block.spans).trim())) {
      at = i;
      break;
    }
  }
  if (at >= 0) return [...blocks.slice(0, at + 1), list, ...blocks.slice(at + 1)];
  const levels = blocks.flatMap((block) => (block.kind === "heading" ? [block.level] : []));
  return [...blocks, heading("References", levels.length > 0 ? Math.min(...levels) : 2), list];
}
