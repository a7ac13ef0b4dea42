import { type Block, type ReferenceBlock, type Span, spansText } from "./blocks";
import { type EntryText, leadingNumber, looksLikeEntry, splitEntries } from "./split-references";

/** "References", "6. REFERENCES", "VII. References", "Bibliography", "Works Cited", "Literature". */
export const REFERENCES_HEADING =
  /^(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])\.?\s+)?(?:(?:normative|informative|other|further|additional|selected|primary|secondary)\s+)?(?:references?(?:\s+(?:list|cited))?|bibliography|works\s+cited|literature(?:\s+cited)?|cited\s+literature|sources\s+cited)\s*:?$/i;

/** The spans of each range [from, to) of a block's text, marks kept; ranges in order, one pass. */
export function sliceSpansMany(spans: Span[], ranges: { from: number; to: number }[]): Span[][] {
  const out: Span[][] = ranges.map(() => []);
  let first = 0; // first range not yet wholly behind the current span
  let offset = 0;
  for (const span of spans) {
    const end = offset + span.text.length;
    while (first < ranges.length && ranges[first].to <= offset) first += 1;
    for (let r = first; r < ranges.length && ranges[r].from < end; r += 1) {
      const start = Math.max(ranges[r].from, offset);
      const stop = Math.min(ranges[r].to, end);
      if (stop > start) out[r].push({ text: span.text.slice(start - offset, stop - offset), marks: [...span.marks] });
    }
    offset = end;
  }
  return out;
}

/** Spans [from, to) of a block's text, marks kept. */
export function sliceSpans(spans: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let offset = 0;
  for (const span of spans) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + span.text.length);
    if (end > start) out.push({ text: span.text.slice(start - offset, end - offset), marks: [...span.marks] });
    offset += span.text.length;
  }
  return out;
}

function containsKind(blocks: Block[], kind: Block["kind"]): boolean {
  return blocks.some((block) => block.kind === kind || ("children" in block && containsKind(block.children, kind)));
}

interface Draft {
  spans: Span[];
  label?: string;
  number?: number;
}

function itemSpans(children: Block[]): Span[] {
  const spans: Span[] = [];
  for (const child of children) {
    if ("spans" in child) {
      if (spans.length > 0) spans.push({ text: " ", marks: [] });
      spans.push(...child.spans);
    } else spans.push(...itemSpans(child.children));
  }
  return spans;
}

/**
 * Plain text indents an RFC's entries, so they may arrive as quotes or preformatted
 * blocks: under a references heading those are entries too, one per blank-line-separated
 * chunk, whitespace collapsed.
 */
function flattenRun(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.kind === "blockquote") return flattenRun(block.children);
    if (block.kind !== "code") return [block];
    return spansText(block.spans)
      .split(/\n\s*\n/)
      .map((chunk) => chunk.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .map((text) => ({ kind: "paragraph", spans: [{ text, marks: [] }] }));
  });
}

/** Drafts entries from the blocks [from, to): paragraphs are split, list items taken one each. */
function draftEntries(blocks: Block[], stray: Block[] = []): Draft[] {
  const drafts: Draft[] = [];
  const numbered = () => drafts.length > 0 && drafts.every((draft) => draft.number !== undefined);
  for (const block of flattenRun(blocks)) {
    if (block.kind === "list") {
      block.children.forEach((item, i) => {
        const spans = itemSpans(item.children);
        const split = splitEntries(spansText(spans));
        const label = split.length === 1 ? split[0].label : undefined;
        if (label) drafts.push({ spans: sliceSpans(spans, split[0].from, split[0].to), label, number: split[0].number });
        else if (block.ordered) drafts.push({ spans, label: `${(block.start ?? 1) + i}.`, number: (block.start ?? 1) + i });
        else drafts.push({ spans });
      });
      continue;
    }
    if (block.kind !== "paragraph" && block.kind !== "reference") continue;
    const text = spansText(block.spans);
    const expected = numbered() ? (drafts[drafts.length - 1].number ?? 0) + 1 : undefined;
    const continuing =
      drafts.length > 0 &&
      // A numbered list's paragraph that does not open with the next number, or a fragment
      // opening in lower case, continues the entry before it (lines cut by a column break).
      ((expected !== undefined && leadingNumber(text)?.number !== expected) || /^[\p{Ll}\d(,;:–-]/u.test(text));
    // Running text a PDF's layout dropped between two numbered entries ("All the analysis
    // was done using CMBFAST [19]. …"): a capitalised sentence citing an entry by number, not
    // the rest of the entry before it. It is kept, after the list, as the paragraph it is.
    if (continuing && expected !== undefined && /^\p{Lu}\p{Ll}+\s/u.test(text) && text.length >= 80 && /\s\[\d{1,4}\][\s.,;]/.test(text)) {
      const rest = text.search(new RegExp(`(?:^|\\s)\\[${expected}\\]\\s`));
      if (rest < 0) {
        stray.push(block);
        continue;
      }
    }
    let entries: EntryText[];
    if (continuing) {
      const previous = drafts[drafts.length - 1];
      const rest = expected !== undefined ? text.search(new RegExp(`(?:^|\\s)(?:\\[${expected}\\]|${expected}\\.)\\s`)) : -1;
      const glued = rest < 0 ? block.spans : sliceSpans(block.spans, 0, rest);
      previous.spans = [...previous.spans, { text: " ", marks: [] }, ...glued];
      if (rest < 0) continue;
      const tail = text.slice(rest).trimStart();
      const offset = text.length - tail.length;
      entries = splitEntries(tail, expected).map((entry) => ({ ...entry, from: entry.from + offset, to: entry.to + offset }));
    } else {
      entries = splitEntries(text, expected);
    }
    const sliced = sliceSpansMany(block.spans, entries);
    entries.forEach((entry, i) => drafts.push({ spans: sliced[i], label: entry.label, number: entry.number }));
  }
  return drafts.filter((draft) => spansText(draft.spans).trim() !== "");
}

function toReferences(drafts: Draft[]): Block {
  const children: ReferenceBlock[] = drafts.map((draft, i) => ({
    kind: "reference",
    key: `ref-${i + 1}`,
    ...(draft.label ? { label: draft.label } : {}),
    spans: draft.spans,
  }));
  return { kind: "references", children };
}

/** Keys "ref-1" … "ref-N" in document order across all the lists. */
function renumber(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((block) =>
    block.kind === "references" ? { ...block, children: block.children.map((entry) => ({ ...entry, key: `ref-${(n += 1)}` })) } : block,
  );
}

/** Enough of the drafts read as references (a year, a URL) for this to be the list. */
function plausible(drafts: Draft[]): boolean {
  if (drafts.length === 0) return false;
  const readable = drafts.filter((draft) => looksLikeEntry(spansText(draft.spans))).length;
  return readable * 2 >= drafts.length;
}

/** The run of blocks from `start` that can belong to a reference list (up to the next heading). */
function runEnd(blocks: Block[], start: number): number {
  let end = start;
  while (end < blocks.length && ["paragraph", "list", "reference", "blockquote", "code"].includes(blocks[end].kind)) end += 1;
  return end;
}

/**
 * Turns the paragraphs (or list) under a references heading into a references container
 * of one entry per work. Without such a heading, a run of paragraphs opening with "[1]"
 * and numbered on to the end of the body (REVTeX letters print their list without a
 * heading) is taken too. Leaves the blocks alone when a parser already emitted the list,
 * and when what follows the heading does not read as references ("Available online").
 */
export function findReferences(input: Block[]): Block[] {
  if (containsKind(input, "references")) return input;
  // Every references heading gets its list ("Normative" and "Informative References");
  // keys run on across them, so "ref-N" stays unique in the paper.
  let blocks = input;
  let found = 0;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block.kind !== "heading" || !REFERENCES_HEADING.test(spansText(block.spans).trim())) continue;
    const end = runEnd(blocks, i + 1);
    const stray: Block[] = [];
    const drafts = draftEntries(blocks.slice(i + 1, end), stray);
    if (!plausible(drafts)) continue;
    blocks = [...blocks.slice(0, i + 1), toReferences(drafts), ...stray, ...blocks.slice(end)];
    found += 1;
  }
  if (found > 0) return renumber(blocks);
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block.kind !== "paragraph" || !/^\[1\]\s/.test(spansText(block.spans))) continue;
    const end = runEnd(blocks, i);
    const stray: Block[] = [];
    const drafts = draftEntries(blocks.slice(i, end), stray);
    if (drafts.length >= 3 && drafts.every((draft) => draft.number !== undefined) && plausible(drafts)) {
      return [...blocks.slice(0, i), toReferences(drafts), ...stray, ...blocks.slice(end)];
    }
  }
  return blocks;
}
