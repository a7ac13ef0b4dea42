import { addMarks, type Block, forEachTextBlock, type MarkRange, spansText, type TextBlock } from "./blocks";
import { citationKey, citationLabel, findNarrativeCitations, findParentheticalCitations } from "./find-citations";
import { findBracketCitations, findParenthesisedCitations } from "./find-numeric-citations";
import { findBracketedPandocCitations, findNarrativePandocCitations } from "./find-pandoc-citations";
import { type ListedEntry, listedEntries, matchAuthorYear } from "./match-references";
import { appendBibliography } from "./append-bibliography";
import type { BibliographyEntry } from "./read-bibliography";

// A type alias, not an interface, so that it is assignable to Prisma's JSON input type.
export type CitedWork = {
  /** What the citation marks carry: the entry's key when the work resolves to one. */
  key: string;
  label: string;
  count: number;
  /** The reference entry (list entry or bibliography item) the citations link to. */
  entryKey?: string;
  entryLabel?: string;
  entryText?: string;
};

export interface CitationOptions {
  /** Entries a pandoc key can resolve to (front matter `references:`, a .bib given with the import). */
  bibliography?: Map<string, BibliographyEntry>;
}

interface Mention {
  from: number;
  to: number;
  key: string;
  label: string;
  entry?: { key: string; label?: string; text: string };
}

interface Candidate {
  block: TextBlock;
  text: string;
  /** Ranges no citation may overlap: inline code and math, URLs. */
  excluded: { from: number; to: number }[];
}

// Never cite inside these: code, display math, tables, and the reference list itself.
const SKIPPED_BLOCKS = new Set<Block["kind"]>(["code", "math", "reference"]);
const SKIPPED_CONTAINERS = new Set<Block["kind"]>(["references", "table", "tableRow", "tableCell"]);
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.|doi:)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+/gi;
/** "[RFC2396]", "[Fie00]", "[wilson2014]": a label naming a keyed entry of the list. */
const KEY_CITATION = /\[([\p{L}][\p{L}\p{N}_:.\-]{0,40})\]/gu;
const LOOKS_LIKE_CITEKEY = /^[\p{L}][\p{L}\p{N}_-]*\d{4}[a-z]?$/u;

function candidatesOf(blocks: Block[]): Candidate[] {
  const out: Candidate[] = [];
  forEachTextBlock(blocks, (block, ancestors) => {
    if (SKIPPED_BLOCKS.has(block.kind) || ancestors.some((ancestor) => SKIPPED_CONTAINERS.has(ancestor.kind))) return;
    const text = spansText(block.spans);
    const excluded: Candidate["excluded"] = [...text.matchAll(URL)].map((match) => ({ from: match.index, to: match.index + match[0].length }));
    let offset = 0;
    for (const span of block.spans) {
      if (span.marks.some((mark) => mark.type === "code" || mark.type === "math" || mark.type === "citation")) {
        excluded.push({ from: offset, to: offset + span.text.length });
      }
      offset += span.text.length;
    }
    out.push({ block, text, excluded });
  });
  return out;
}

/** Ranges of text carrying one link to "#…", neighbouring spans of the same link joined. */
function fragmentLinks(block: TextBlock): { from: number; to: number; target: string }[] {
  const links: { from: number; to: number; target: string }[] = [];
  let offset = 0;
  for (const span of block.spans) {
    const link = span.marks.find((mark) => mark.type === "link");
    const href = link && "attrs" in link ? (link.attrs as { href: string }).href : undefined;
    if (href?.startsWith("#")) {
      const target = decodeURIComponent(href.slice(1));
      const last = links[links.length - 1];
      if (last && last.to === offset && last.target === target) last.to += span.text.length;
      else links.push({ from: offset, to: offset + span.text.length, target });
    }
    offset += span.text.length;
  }
  return links;
}

/** Which characters of a block are already cited or excluded: checks stay linear in the text. */
class Coverage {
  private readonly covered: Uint8Array;
  constructor(length: number) {
    this.covered = new Uint8Array(length + 1);
  }
  add(range: { from: number; to: number }): void {
    this.covered.fill(1, range.from, range.to);
  }
  overlaps(range: { from: number; to: number }): boolean {
    for (let i = range.from; i < range.to; i += 1) if (this.covered[i]) return true;
    return false;
  }
}

function entryOf(entry: ListedEntry): Mention["entry"] {
  return { key: entry.key, ...(entry.label ? { label: entry.label } : {}), text: entry.text };
}

/**
 * Marks every in-text citation with a `citation` mark keyed by its work and lists the
 * works in order of first mention. Styles, most explicit first (a passage taken by one
 * is not read again by the next): pandoc keys, links to "#key" naming a list entry,
 * labels naming a keyed entry ("[RFC2396]"), numeric citations (only with a numbered list, and "(8)" only in papers that never cite
 * in brackets), then author–year. With a reference list, citations point at its entries;
 * without one, author–year works get a normalised key ("chen-lin-liu-2018").
 */
export function markCitations(input: Block[], options: CitationOptions = {}): { blocks: Block[]; citations: CitedWork[] } {
  const blocks = structuredClone(input);
  const bibliography = options.bibliography ?? new Map<string, BibliographyEntry>();
  const entries = listedEntries(blocks);
  const byNumber = new Map(entries.filter((entry) => entry.number !== undefined).map((entry) => [entry.number as number, entry]));
  const maxNumber = byNumber.size > 0 ? Math.max(...byNumber.keys()) : 0;
  const byAnchor = new Map<string, ListedEntry>();
  for (const entry of entries) {
    byAnchor.set(entry.key.toLowerCase(), entry);
    if (entry.anchor) byAnchor.set(entry.anchor.toLowerCase(), entry);
  }
  const candidates = candidatesOf(blocks);

  // First pass, over the whole paper: authors cited in parentheses (so narrative names
  // resolve to them), pandoc keys cited in brackets, and whether the paper cites in brackets.
  const knownAuthors = new Set<string>();
  const bracketedKeys = new Set<string>();
  let citesInBrackets = false;
  for (const { text } of candidates) {
    for (const mention of findParentheticalCitations(text)) for (const author of mention.authors) knownAuthors.add(author);
    for (const mention of findBracketedPandocCitations(text)) bracketedKeys.add(mention.key);
    if (maxNumber > 0 && findBracketCitations(text, maxNumber).length > 0) citesInBrackets = true;
  }
  const isPandocKey = (key: string) => bibliography.has(key) || bracketedKeys.has(key) || byAnchor.has(key.toLowerCase()) || LOOKS_LIKE_CITEKEY.test(key);

  const works = new Map<string, CitedWork>();
  const citedBibliography = new Set<string>();
  for (const candidate of candidates) {
    const { block, text } = candidate;
    const taken = new Coverage(text.length);
    candidate.excluded.forEach((range) => taken.add(range));
    const accepted: Mention[] = [];
    const accept = (mentions: Mention[]) => {
      // Checked before any is added: the works of one "[1–3]" share their passage.
      const fresh = mentions.filter((mention) => !taken.overlaps(mention));
      accepted.push(...fresh);
      fresh.forEach((mention) => taken.add(mention));
    };

    const pandoc = findBracketedPandocCitations(text);
    const narrativePandoc = findNarrativePandocCitations(text, isPandocKey, pandoc);
    accept(
      [...pandoc, ...narrativePandoc].map(({ from, to, key }) => {
        const listed = byAnchor.get(key.toLowerCase());
        if (listed) return { from, to, key: listed.key, label: listed.label ?? key, entry: entryOf(listed) };
        const item = bibliography.get(key);
        if (item) citedBibliography.add(key);
        return { from, to, key, label: key, ...(item ? { entry: { key, text: item.text } } : {}) };
      }),
    );
    accept(
      fragmentLinks(block).flatMap(({ from, to, target }) => {
        // Wikipedia's "[3]" links to "#cite_note-HornJohnson-3": the number names the entry.
        const number = /^\[?(\d{1,4})\]?$/.exec(text.slice(from, to).trim())?.[1];
        const listed = byAnchor.get(target.toLowerCase()) ?? (number ? byNumber.get(Number(number)) : undefined);
        return listed ? [{ from, to, key: listed.key, label: listed.label ?? target, entry: entryOf(listed) }] : [];
      }),
    );
    accept(
      [...text.matchAll(KEY_CITATION)].flatMap((match) => {
        const listed = byAnchor.get(match[1].toLowerCase());
        const before = text[match.index - 1] ?? " ";
        const after = text[match.index + match[0].length] ?? " ";
        if (!listed?.anchor || /[\p{L}\p{N}_]/u.test(before) || after === "(" || after === ":") return [];
        const to = match.index + match[0].length;
        return [{ from: match.index, to, key: listed.key, label: listed.label ?? match[0], entry: entryOf(listed) }];
      }),
    );
    if (maxNumber > 0) {
      const numeric = citesInBrackets ? findBracketCitations(text, maxNumber) : findParenthesisedCitations(text, maxNumber);
      accept(
        numeric
          .filter((mention) => !taken.overlaps(mention))
          .flatMap(({ from, to, numbers }) =>
            numbers.flatMap((number) => {
              const listed = byNumber.get(number);
              return listed ? [{ from, to, key: listed.key, label: listed.label ?? `[${number}]`, entry: entryOf(listed) }] : [];
            }),
          ),
      );
    }
    const authorYear = [...findParentheticalCitations(text), ...findNarrativeCitations(text, knownAuthors)].sort((a, b) => a.from - b.from);
    accept(
      authorYear.map((mention) => {
        const label = citationLabel(mention.authors, mention.etAl, mention.year);
        const listed = entries.length > 0 ? matchAuthorYear(entries, mention.authors[0], mention.year) : undefined;
        if (listed) return { from: mention.from, to: mention.to, key: listed.key, label, entry: entryOf(listed) };
        return { from: mention.from, to: mention.to, key: citationKey(mention.authors, mention.etAl, mention.year), label };
      }),
    );

    accepted.sort((a, b) => a.from - b.from);
    const ranges: MarkRange[] = accepted.map((mention) => {
      const work = works.get(mention.key) ?? {
        key: mention.key,
        label: mention.label,
        count: 0,
        ...(mention.entry ? { entryKey: mention.entry.key, entryText: mention.entry.text } : {}),
        ...(mention.entry?.label ? { entryLabel: mention.entry.label } : {}),
      };
      work.count += 1;
      works.set(mention.key, work);
      return { from: mention.from, to: mention.to, mark: { type: "citation" as const, attrs: { key: mention.key } } };
    });
    block.spans = addMarks(block.spans, ranges);
  }
  const cited = [...citedBibliography].map((key) => bibliography.get(key) as BibliographyEntry);
  return { blocks: entries.length === 0 ? appendBibliography(blocks, cited) : blocks, citations: [...works.values()] };
}
