import type { ImportNotice, PaperMeta } from "./blocks";

/**
 * Page furniture of paginated plain text (RFCs, text exports of printed documents):
 * footers ("Berners-Lee, et al.   Standards Track   [Page 4]"), running heads that
 * repeat after every form feed ("RFC 3986   URI Generic Syntax   January 2005") and the
 * form feeds themselves. They are removed, and the line after each page break is
 * remembered so a paragraph cut by the break can be rejoined.
 */
export interface Unpaginated {
  lines: string[];
  /** Indices (in `lines`) of the first line after a page break. */
  breaks: Set<number>;
  notices: ImportNotice[];
}

const FOOTER = /^\S.*\s{2,}\[Page \d+\]\s*$/;
const FORM_FEED = "\f";

function shape(line: string): string {
  return line.trim().replace(/\d+/g, "#").replace(/\s+/g, " ");
}

/** Running heads: the first line of a page, when the same line (digits aside) opens three or more pages. */
function runningHeads(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  let pageStart = false;
  for (const line of lines) {
    if (line.includes(FORM_FEED) || FOOTER.test(line)) {
      pageStart = true;
      const rest = line.split(FORM_FEED).pop() ?? "";
      if (!FOOTER.test(line) && rest.trim() !== "") {
        counts.set(shape(rest), (counts.get(shape(rest)) ?? 0) + 1);
        pageStart = false;
      }
      continue;
    }
    if (pageStart && line.trim() !== "") {
      counts.set(shape(line), (counts.get(shape(line)) ?? 0) + 1);
      pageStart = false;
    }
  }
  return new Set([...counts].filter(([text, count]) => count >= 3 && text.length >= 8 && /\p{L}/u.test(text)).map(([text]) => text));
}

export function removePageFurniture(input: string[]): Unpaginated {
  const hasPages = input.some((line) => line.includes(FORM_FEED) || FOOTER.test(line));
  if (!hasPages) return { lines: input, breaks: new Set(), notices: [] };
  const heads = runningHeads(input);
  const lines: string[] = [];
  const breaks = new Set<number>();
  let removed = 0;
  let pendingBreak = false;
  for (const raw of input) {
    const parts = raw.split(FORM_FEED);
    if (parts.length > 1) pendingBreak = true;
    const line = parts[parts.length - 1];
    const furniture = FOOTER.test(line) || (line.trim() !== "" && heads.has(shape(line)));
    if (furniture) removed += 1;
    if (furniture || (parts.length > 1 && line.trim() === "")) {
      pendingBreak = true;
      while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
      continue;
    }
    if (pendingBreak) {
      if (line.trim() === "") continue;
      if (lines.length > 0) lines.push("");
      breaks.add(lines.length);
      pendingBreak = false;
    }
    lines.push(line);
  }
  const notices: ImportNotice[] =
    removed > 0 ? [{ code: "removed_page_furniture", count: removed, message: `Removed ${removed} page header and footer lines.` }] : [];
  return { lines, breaks, notices };
}

/**
 * A header the text states its title and authors in, read into meta and taken out of
 * the body: an RFC 822 style header ("Title: …", "Author: …", as PEPs have) or an RFC's
 * two-column front page with its centred title. What else the header says stays, as a
 * preformatted block.
 */
export interface TextHeader {
  meta: PaperMeta;
  /** The rest of the header, laid out as it was. */
  kept?: string;
  /** How many input lines the header took. */
  consumed: number;
}

const FIELD = /^([A-Z][\w-]*):\s*(.*)$/;

function readFieldHeader(lines: string[]): TextHeader | undefined {
  const fields: { name: string; lines: string[] }[] = [];
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    const field = FIELD.exec(line);
    if (field) fields.push({ name: field[1], lines: [line] });
    else if (/^\s+\S/.test(line) && fields.length > 0) fields[fields.length - 1].lines.push(line);
    else break;
  }
  if (fields.length < 3 || lines[index]?.trim() !== "" || !fields.some((field) => field.name === "Title")) return undefined;
  const value = (field: { lines: string[] }) => field.lines.map((line, i) => (i === 0 ? line.replace(FIELD, "$2") : line)).join(" ").replace(/\s+/g, " ").trim();
  const meta: PaperMeta = {};
  const kept: string[] = [];
  for (const field of fields) {
    if (field.name === "Title") meta.title = value(field);
    else if (field.name === "Author" || field.name === "Authors") {
      meta.authors = value(field).split(/\s*,\s*(?![^<]*>)/).map((name) => name.replace(/<[^>]*>/g, "").trim()).filter(Boolean);
    } else kept.push(...field.lines);
  }
  return { meta, kept: kept.join("\n"), consumed: index };
}

const NAME = /^(?:[A-Z]\.\s?)+[A-Z][\p{L}'’-]+(?:[- ][A-Z][\p{L}'’-]+)*$/u;
const MONTH_YEAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/;

function readFrontPage(lines: string[]): TextHeader | undefined {
  let end = 0;
  while (end < lines.length && lines[end].trim() !== "") end += 1;
  const block = lines.slice(0, end);
  const columns = block.map((line) => line.trim().split(/\s{3,}/));
  if (block.length < 3 || columns.filter((parts) => parts.length === 2).length < 3) return undefined;
  const left: string[] = [];
  const authors: string[] = [];
  let date: string | undefined;
  for (const [index, parts] of columns.entries()) {
    const right = parts.length === 2 || /^\s{20,}/.test(block[index]) ? parts[parts.length - 1] : undefined;
    if (parts.length === 2 || !right) left.push(parts[0]);
    if (right && NAME.test(right)) authors.push(right);
    if (right && MONTH_YEAR.test(right)) date = right;
  }
  // The centred title: the next non-blank line, well indented.
  let next = end;
  while (next < lines.length && lines[next].trim() === "") next += 1;
  const meta: PaperMeta = {};
  let consumed = end;
  if (/^\s{6,}\S/.test(lines[next] ?? "") && lines[next + 1]?.trim() === "") {
    meta.title = lines[next].trim();
    consumed = next + 1;
  }
  if (authors.length > 0) meta.authors = authors;
  if (date) meta.date = date;
  return { meta, kept: left.join("\n"), consumed };
}

export function readTextHeader(lines: string[]): TextHeader | undefined {
  let start = 0;
  while (start < lines.length && lines[start].trim() === "") start += 1;
  const header = readFieldHeader(lines.slice(start)) ?? readFrontPage(lines.slice(start));
  return header && { ...header, consumed: header.consumed + start };
}
