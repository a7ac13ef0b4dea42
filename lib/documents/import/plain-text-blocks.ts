import { type Block, type FootnoteBlock, heading, type ListItemBlock, type ReferenceBlock, type Span } from "./blocks";
import { headingLevel, joinLines } from "./plain-text-rules";
import type { RawBlock } from "./plain-text-structure";
import { indentOf } from "./plain-text-structure";
import { restSpans } from "./rest-inline";

const REFERENCES_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(references|bibliography|works cited|(?:normative|informative) references)$/i;
const TOC_ENTRY = /\s*(?:\s?\.){3,}\s*\d+\s*$/;

type Inline = (text: string) => Span[];

/** Code keeps its lines, minus the indentation they share. */
function codeText(lines: string[]): string {
  const content = lines.filter((line) => line.trim() !== "");
  const common = content.reduce((least, line) => Math.min(least, indentOf(line)), Infinity);
  return lines.map((line) => line.replace(/\t/g, "    ").slice(common).trimEnd()).join("\n").replace(/^\n+|\n+$/g, "");
}

/**
 * reST footnote labels as readers see them: "[#fn-hi]" auto-numbered (the first numbers
 * no manual footnote uses), "[3]" as itself. Citations under a References heading are
 * reference entries, not footnotes.
 */
function footnoteLabels(raw: RawBlock[]): Map<string, string> {
  const labels = new Map<string, string>();
  const notes: string[] = [];
  let inReferences = false;
  for (const block of raw) {
    if (block.kind === "heading") inReferences = REFERENCES_HEADING.test(block.lines.join(" ").trim());
    if (block.kind === "note" && block.label && !inReferences) notes.push(block.label);
  }
  const used = new Set(notes.filter((label) => /^\d+$/.test(label)));
  let next = 1;
  for (const label of notes) {
    if (/^\d+$/.test(label)) labels.set(label, label);
    else if (label.startsWith("#")) {
      while (used.has(String(next))) next += 1;
      labels.set(label, String(next));
      used.add(String(next));
    } else labels.set(label, label);
  }
  return labels;
}

/** Lists from consecutive items; an item indented past the one before it nests under it. */
function listOf(items: { block: RawBlock; children: Block[] }[]): Block {
  const first = items[0].block.marker;
  const top: ListItemBlock[] = [];
  const nested: { item: ListItemBlock; children: { block: RawBlock; children: Block[] }[] }[] = [];
  for (const entry of items) {
    if (top.length > 0 && (entry.block.marker?.indent ?? 0) > (first?.indent ?? 0)) {
      const parent = nested[nested.length - 1];
      parent.children.push(entry);
      continue;
    }
    const item: ListItemBlock = { kind: "listItem", children: entry.children };
    top.push(item);
    nested.push({ item, children: [] });
  }
  for (const { item, children } of nested) if (children.length > 0) item.children.push(listOf(children));
  const start = first?.ordered && first.number !== undefined && first.number !== 1 ? { start: first.number } : {};
  return { kind: "list", ordered: first?.ordered ?? false, ...start, children: top };
}

export function toBlocks(raw: RawBlock[], knownWords: Set<string>, rest: boolean): Block[] {
  const labels = rest ? footnoteLabels(raw) : new Map<string, string>();
  const inline: Inline = rest ? (text) => restSpans(text, labels) : (text) => [{ text, marks: [] }];
  const out: Block[] = [];
  const footnotes: FootnoteBlock[] = [];
  let items: { block: RawBlock; children: Block[] }[] = [];
  let toc: string[] = [];
  let inReferences = false;
  let previousKind: RawBlock["kind"] | undefined;
  const flushLists = () => {
    if (items.length > 0) out.push(listOf(items));
    if (toc.length > 0) out.push({ kind: "list", ordered: false, children: toc.map((text) => ({ kind: "listItem", children: [{ kind: "paragraph", spans: [{ text, marks: [] }] }] })) });
    items = [];
    toc = [];
  };
  for (const block of raw) {
    if (block.kind === "item") {
      if (toc.length > 0) flushLists();
      items.push({ block, children: [{ kind: "paragraph", spans: inline(joinLines(block.lines, knownWords)) }] });
      previousKind = block.kind;
      continue;
    }
    if (block.kind === "item-text" && items.length > 0) {
      const owner = [...items].reverse().find((entry) => entry.block.marker === block.marker) ?? items[items.length - 1];
      // Items nested under the owner come before this paragraph of it.
      const nested = items.splice(items.indexOf(owner) + 1);
      if (nested.length > 0) owner.children.push(listOf(nested));
      owner.children.push({ kind: "paragraph", spans: inline(joinLines(block.lines, knownWords)) });
      previousKind = block.kind;
      continue;
    }
    if (block.kind === "code" && block.marker && items.length > 0) {
      items[items.length - 1].children.push({ kind: "code", ...(block.language ? { language: block.language } : {}), spans: [{ text: codeText(block.lines), marks: [] }] });
      previousKind = block.kind;
      continue;
    }
    if (block.kind === "toc") {
      if (items.length > 0) flushLists();
      for (const line of block.lines) {
        const entry = line.replace(TOC_ENTRY, "").replace(/\s+/g, " ").trim();
        if (TOC_ENTRY.test(line) || toc.length === 0) toc.push(entry);
        else toc[toc.length - 1] += ` ${entry}`; // a wrapped entry
      }
      previousKind = block.kind;
      continue;
    }
    flushLists();
    const text = block.kind === "code" ? "" : joinLines(block.lines, knownWords);
    const last = out[out.length - 1];
    if (block.kind === "heading") {
      inReferences = REFERENCES_HEADING.test(text);
      out.push({ ...heading(text, block.level ?? headingLevel(text)), spans: inline(text) });
    } else if (block.kind === "paragraph") out.push({ kind: "paragraph", spans: inline(text) });
    else if (block.kind === "code") out.push({ kind: "code", ...(block.language ? { language: block.language } : {}), spans: [{ text: codeText(block.lines), marks: [] }] });
    else if (block.kind === "note") {
      const label = block.label ?? "";
      if (inReferences) {
        const entry: ReferenceBlock = { kind: "reference", key: "", label: `[${label}]`, spans: inline(text) };
        if (last?.kind === "references") last.children.push({ ...entry, key: `ref-${last.children.length + 1}` });
        else out.push({ kind: "references", children: [{ ...entry, key: "ref-1" }] });
      } else {
        const shown = labels.get(label) ?? label;
        footnotes.push({ kind: "footnote", id: `fn-${shown}`, label: shown, children: [{ kind: "paragraph", spans: inline(text) }] });
      }
    } else if (block.kind === "indented-quote" && previousKind === "indented-quote" && last?.kind === "blockquote") {
      // Consecutive indented paragraphs are one quotation of several paragraphs.
      last.children.push({ kind: "paragraph", spans: inline(text) });
    } else out.push({ kind: "blockquote", children: [{ kind: "paragraph", spans: inline(text) }] });
    previousKind = block.kind;
  }
  flushLists();
  return footnotes.length > 0 ? [...out, { kind: "footnotes", children: footnotes }] : out;
}
