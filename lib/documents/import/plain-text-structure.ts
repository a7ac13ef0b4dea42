import { isHeadingText } from "./plain-text-rules";

/**
 * What separated a block from the one before it: how many whitespace-only lines of each
 * style ("" versus " "), `soft` when no blank line did, `pageBreak` when page furniture
 * was removed there.
 */
export interface Gap {
  empty: number;
  space: number;
  soft: boolean;
  pageBreak?: boolean;
}

export interface ListMarker {
  ordered: boolean;
  number?: number;
  /** Columns before the marker and before the item's text. */
  indent: number;
  textIndent: number;
}

export interface RawBlock {
  lines: string[];
  gapBefore: Gap;
  kind: "paragraph" | "heading" | "quote" | "indented-quote" | "code" | "toc" | "item" | "item-text" | "note";
  level?: number;
  marker?: ListMarker;
  language?: string;
  /** A reST footnote or citation label ("2", "#fn-hi"). */
  label?: string;
}

const UNDERLINE = /^\s*([=\-~^*+#`:'"])\1{2,}\s*$/;
const TOC_LINE = /\S(?:\s?\.){3,}\s*\d+\s*$/;
const MARKER = /^(\s*)(?:([-*+•])|(o)(?=\s{2})|\(?(\d{1,3})[.)]|\(?([a-z])\)|([A-Z])\.(?=\s{2}))(\s+)(?=\S)/;
const NOTE = /^\.\.\s+\[([^\]\s]+)\]\s+/;
const DIRECTIVE = /^\.\.(?:\s+|$)(?:([\w-]+)::\s*(.*)|_[^:]*:.*|\|[^|]+\|.*)?$/;

export function indentOf(line: string): number {
  return /^\s*/.exec(line.replace(/\t/g, "    "))?.[0].length ?? 0;
}

export function blockIndent(block: RawBlock): number {
  let least = Infinity;
  for (const line of block.lines) least = Math.min(least, indentOf(line));
  return least === Infinity ? 0 : least;
}

export function listMarker(line: string): ListMarker | undefined {
  const match = MARKER.exec(line);
  if (!match) return undefined;
  const number = match[4] !== undefined ? Number(match[4]) : undefined;
  const ordered = match[4] !== undefined || match[5] !== undefined || match[6] !== undefined;
  return { ordered, number, indent: match[1].length, textIndent: match[0].length };
}

/** The indentation of most running text: 3 in RFCs, 0 in most other texts. */
export function baseIndent(blocks: RawBlock[]): number {
  const counts = new Map<number, number>();
  for (const block of blocks) {
    const indent = blockIndent(block);
    counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let best = 0;
  let most = -1;
  for (const [indent, count] of counts) if (count > most || (count === most && indent < best)) [best, most] = [indent, count];
  return best;
}

const CODE_SIGNS = /\s=\s|::=|[{};<>]|\b%x|^\s*[#$>@]|\(\)|=>|->|\/\/|\\_|^\s*[|/]|^\s*\w+\s*=|\w\(.*\)|^\s*\[|"\s*\/\s*"/;
const URL_LINE = /^\s*[a-z][a-z0-9+.-]*:\S+\s*$/i;

/**
 * Indented text that is code, a grammar or an example rather than a quotation: enough
 * lines with code signs or bare URIs, or lines laid out by indentation that do not read
 * as wrapped sentences.
 */
export function looksLikeCode(lines: string[]): boolean {
  const texts = lines.map((line) => line.trim());
  if (texts.every((text) => URL_LINE.test(text))) return true;
  const signs = texts.filter((text) => CODE_SIGNS.test(text)).length;
  if (signs / texts.length >= 0.3) return true;
  const indents = new Set(lines.map(indentOf));
  const sentences = texts.filter((text) => /[.?!,;]["')\]]?$/.test(text) || text.length > 55).length;
  return indents.size > 1 && sentences / texts.length < 0.5;
}

const GRAMMAR_RULE = /^\s*[A-Za-z][\w-]*\s+=\s+\S/;
const GRAMMAR_CONTINUATION = /^\s{4,}(?:\/|;|\*|\(|\[|"|%x|\d*\*)/;

/** ABNF (RFC grammars): every line a rule "name = …" or its continuation, at any indentation. */
export function isGrammar(lines: string[]): boolean {
  return GRAMMAR_RULE.test(lines[0]) && lines.every((line) => GRAMMAR_RULE.test(line) || GRAMMAR_CONTINUATION.test(line));
}

interface Options {
  rest: boolean;
  base: number;
}

/**
 * Splits and labels blocks by the conventions plain text uses for structure: setext
 * headings ("====" / "----" underlines, levels in order of first use, as reStructuredText
 * does), tables of contents with dot leaders, bullet and numbered list items, indented
 * code (and reST "::" literal blocks), reST footnotes and directives.
 */
export function classifyBlocks(blocks: RawBlock[], options: Options): RawBlock[] {
  const styles: string[] = [];
  const levelOf = (style: string) => {
    if (!styles.includes(style)) styles.push(style);
    return Math.min(6, 1 + styles.indexOf(style) + 1);
  };
  const out: RawBlock[] = [];
  let literalNext = false;
  let literalLanguage: string | undefined;
  // A literal block is indented past the paragraph that introduced it with "::".
  let literalIndent = options.base;
  for (const block of splitSetext(blocks, options.base)) {
    if (block.kind === "heading" && block.level === undefined && block.marker === undefined) {
      // A setext heading: `label` carries its underline style until here.
      out.push({ ...block, level: levelOf(block.label ?? "="), label: undefined });
      literalNext = false;
      continue;
    }
    const first = block.lines[0];
    const indent = blockIndent(block);
    if (options.rest) {
      const note = NOTE.exec(first);
      if (note) {
        out.push({ ...block, kind: "note", label: note[1], lines: [first.slice(note[0].length), ...block.lines.slice(1)] });
        continue;
      }
      const directive = DIRECTIVE.exec(first.trim());
      if (directive) {
        literalNext = false;
        if (directive[1] === "rubric" && !/^(?:foot|end)notes$/i.test(directive[2].trim())) out.push({ lines: [directive[2]], gapBefore: block.gapBefore, kind: "heading", level: 3 });
        else if (/^(?:code-block|code|sourcecode)$/.test(directive[1] ?? "")) {
          literalNext = true;
          literalIndent = indent;
          literalLanguage = directive[2] || undefined;
          const body = block.lines.slice(1);
          if (body.length > 0) out.push({ lines: body, gapBefore: { ...block.gapBefore, soft: true }, kind: "code", language: literalLanguage });
        }
        continue; // comments, targets, substitutions and other directives are not text
      }
      if (block.lines.length === 1 && first.trim() === "::") {
        literalNext = true;
        literalIndent = indent;
        continue;
      }
    }
    if (literalNext && indent > literalIndent) {
      pushCode(out, { ...block, kind: "code", language: literalLanguage });
      continue;
    }
    literalNext = false;
    literalLanguage = undefined;
    if (options.rest && /::\s*$/.test(block.lines[block.lines.length - 1])) {
      literalNext = true;
      literalIndent = listMarker(first)?.textIndent ?? (lastItem(out) && indent > 0 ? indent : Math.min(indent, options.base));
      const last = block.lines[block.lines.length - 1];
      block.lines[block.lines.length - 1] = /\s::\s*$/.test(last) ? last.replace(/\s+::\s*$/, "") : last.replace(/::\s*$/, ":");
    }
    if (block.lines.filter((line) => TOC_LINE.test(line)).length >= Math.max(2, 0.6 * block.lines.length)) {
      out.push({ ...block, kind: "toc" });
      continue;
    }
    const heading = block.lines.length <= 2 && indent < Math.max(1, options.base) && isHeadingText(block.lines.join(" "));
    const marker = heading ? undefined : listMarker(first);
    if (marker) {
      out.push(...splitItems(block, marker));
      continue;
    }
    const item = enclosingItem(out, indent);
    if (item && indent > 0 && !looksLikeCode(block.lines)) {
      out.push({ ...block, kind: "item-text", marker: item });
      continue;
    }
    if ((indent > options.base + 1 && looksLikeCode(block.lines)) || (indent > 0 && isGrammar(block.lines))) {
      pushCode(out, { ...block, kind: "code" });
      continue;
    }
    out.push(block);
  }
  return out;
}

/** Indented code split only by blank lines is one block, its blank lines kept. */
function pushCode(out: RawBlock[], block: RawBlock): void {
  const previous = out[out.length - 1];
  // Code indented under a list item belongs to the item.
  const item = lastItem(out);
  if (item && blockIndent(block) > item.textIndent) block.marker = item;
  if (previous?.kind === "code" && !block.gapBefore.soft && previous.language === block.language && previous.marker === block.marker) {
    const blank = Math.max(1, block.gapBefore.empty + block.gapBefore.space);
    previous.lines.push(...Array.from({ length: blank }, () => ""), ...block.lines);
  } else out.push(block);
}

/** The innermost open list item whose text column a block indented this far belongs to. */
function enclosingItem(blocks: RawBlock[], indent: number): ListMarker | undefined {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index];
    if (!(block.kind === "item" || block.kind === "item-text" || (block.kind === "code" && block.marker))) return undefined;
    if (block.marker && block.marker.textIndent <= indent && block.kind === "item") return block.marker;
  }
  return undefined;
}

function lastItem(blocks: RawBlock[]): ListMarker | undefined {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index];
    if (block.kind === "item" || block.kind === "item-text" || (block.kind === "code" && block.marker)) return block.marker;
    return undefined;
  }
  return undefined;
}

/** "- a\n- b" in one block is two items; continuation lines stay with their item. */
function splitItems(block: RawBlock, first: ListMarker): RawBlock[] {
  const items: RawBlock[] = [];
  for (const line of block.lines) {
    const marker = listMarker(line);
    if (marker && marker.indent === first.indent && marker.ordered === first.ordered) {
      items.push({ lines: [line.slice(marker.textIndent)], gapBefore: items.length === 0 ? block.gapBefore : { empty: 0, space: 0, soft: true }, kind: "item", marker });
    } else if (marker && marker.indent > first.indent) {
      items.push({ lines: [line.slice(marker.textIndent)], gapBefore: { empty: 0, space: 0, soft: true }, kind: "item", marker });
    } else items[items.length - 1].lines.push(line);
  }
  return items;
}

/** Cuts a setext heading (its text line, underline, and overline if any) out of its block. */
function splitSetext(blocks: RawBlock[], base: number): RawBlock[] {
  const out: RawBlock[] = [];
  const soft: Gap = { empty: 0, space: 0, soft: true };
  for (const block of blocks) {
    let rest = block.lines;
    let gap = block.gapBefore;
    let index = 0;
    while (index < rest.length) {
      const underline = UNDERLINE.exec(rest[index]);
      const text = rest[index - 1];
      const isTitle =
        underline !== null &&
        text !== undefined &&
        text.trim() !== "" &&
        !UNDERLINE.test(text) &&
        indentOf(text) <= base &&
        indentOf(rest[index]) === indentOf(text) &&
        rest[index].trim().length >= 0.6 * text.trim().length;
      if (!isTitle) {
        // A rule standing alone ("-----" between blank lines) only separates.
        if (underline && rest.length === 1) rest = [];
        index += 1;
        continue;
      }
      const overline = index >= 2 && UNDERLINE.exec(rest[index - 2])?.[1] === underline[1];
      const textStart = overline ? index - 2 : index - 1;
      if (textStart > 0) {
        out.push({ ...block, lines: rest.slice(0, textStart), gapBefore: gap });
        gap = soft;
      }
      out.push({ lines: [text], gapBefore: gap, kind: "heading", label: `${overline ? "over" : ""}${underline[1]}` });
      rest = rest.slice(index + 1);
      gap = soft;
      index = 0;
    }
    if (rest.length > 0) out.push({ ...block, lines: rest, gapBefore: gap });
  }
  return out;
}
