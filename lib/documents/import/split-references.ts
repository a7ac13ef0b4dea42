/**
 * Splitting the text under a "References" heading into one entry per work. Pure string
 * functions; find-references.ts applies them to blocks.
 *
 * A paragraph may hold one entry or several: PDF text layers and plain text often run
 * "[1] … [2] …" or "1. … 2. …" together, and author–year lists lose their line breaks.
 * Labels are only taken in sequence (after "[4]" only "[5]" starts an entry), so a
 * number inside an entry ("vol. 12.", "[12]" cited by an entry) never splits it.
 */

export interface EntryText {
  /** Offsets into the paragraph's text of the entry, its printed label included. */
  from: number;
  to: number;
  /** The label as printed ("[12]", "12.", "[wilson2014]"), when the entry has one. */
  label?: string;
  /** The label's number, for numbered lists. */
  number?: number;
}

const BRACKET_NUMBER = /(^|\s)(?:\.\.\s+)?\[(\d{1,4})\][ \t]*/g;
const DOTTED_NUMBER = /(^|\s)(\d{1,4})\.\s+(?=[\p{Lu}\p{N}"“‘'(])/gu;
// "[wilson2014]:" (Markdown-style keyed entries) or "[Fie00]" / "[RFC2396]" (RFC and alpha styles).
const KEY_LABEL = /^(?:\.\.\s+)?\[([\p{L}][\p{L}\p{N}_:.\-]{0,40})\]:?\s+/u;

interface Label {
  at: number; // where the label starts
  number: number;
  printed: string;
}

/** Labels that number entries 1, 2, 3 … (or continue from `first`), in order. */
function sequentialLabels(text: string, pattern: RegExp, first: number, printed: (n: string) => string): Label[] {
  const labels: Label[] = [];
  let expected = first;
  for (const match of text.matchAll(pattern)) {
    const number = Number(match[2]);
    const at = match.index + match[1].length;
    // The first label opens the text; each later one must carry the next number.
    if (labels.length === 0 ? at !== 0 || number !== first : number !== expected) continue;
    labels.push({ at, number, printed: printed(match[2]) });
    expected = number + 1;
  }
  return labels;
}

/** The number the paragraph's first label carries, if it starts with one. */
export function leadingNumber(text: string): { number: number; style: "bracket" | "dotted" } | undefined {
  // reStructuredText writes its citations ".. [2] Barry's style guide".
  const bracket = /^(?:\.\.\s+)?\[(\d{1,4})\]\s/.exec(text);
  if (bracket) return { number: Number(bracket[1]), style: "bracket" };
  const dotted = /^(\d{1,4})\.\s+[\p{Lu}\p{N}"“‘'(]/u.exec(text);
  if (dotted) return { number: Number(dotted[1]), style: "dotted" };
  return undefined;
}

function fromLabels(text: string, labels: Label[]): EntryText[] {
  return labels.map((label, i) => {
    const to = i + 1 < labels.length ? labels[i + 1].at : text.length;
    return { from: label.at, to: trimEnd(text, label.at, to), label: label.printed, number: label.number };
  });
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end -= 1;
  return end;
}

const YEAR = /(?:^|[^\d])(1[5-9]\d\d|20\d\d)[a-z]?(?!\d)/;

/**
 * Author–year entries run together: a new entry starts after a full stop where a
 * surname and initials or a year follow ("… Press. Chen, Y., Lin, C. (2018) …",
 * "… 2019. Ahmed S (2017a) …"), and only when the entry before has a year.
 */
function splitAuthorYear(text: string): EntryText[] {
  const starts = [0];
  const boundary =
    /[.)]\s+(?=(?:(?:de|van|von|der|den|da|di|le|la)\s+)*\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?,?\s+(?:\p{Lu}\.|\p{Lu}{1,3}\b|\p{Lu}[\p{L}]+,|\(?\d{4}))/gu;
  // Where the years are, found once: "does the entry so far hold a year" stays linear.
  const years = [...text.matchAll(new RegExp(YEAR.source, "g"))].map((match) => match.index);
  let year = 0; // first year at or after the current entry's start
  for (const match of text.matchAll(boundary)) {
    const at = match.index + match[0].length;
    const start = starts[starts.length - 1];
    while (year < years.length && years[year] < start) year += 1;
    const previousHasYear = year < years.length && years[year] < at;
    // An entry is at least a name, a year and a title: avoid splitting inside "… Smith, J. In: Jones, K. (ed.)".
    const next = text.slice(at, at + 160);
    if (at - start < 40 || !previousHasYear || !YEAR.test(next)) continue;
    if (/\b(?:in|eds?|editors?|and|&)[:.]?\s*$/i.test(text.slice(Math.max(0, at - 12), at))) continue;
    starts.push(at);
  }
  return starts.map((from, i) => ({ from, to: trimEnd(text, from, starts[i + 1] ?? text.length) }));
}

/**
 * The entries in one paragraph of a reference list. `continueFrom` is the number the
 * next numbered entry must carry (the list so far), or undefined at the list's start.
 */
export function splitEntries(text: string, continueFrom?: number): EntryText[] {
  const leading = leadingNumber(text);
  if (leading && (continueFrom === undefined || leading.number === continueFrom)) {
    const pattern = leading.style === "bracket" ? BRACKET_NUMBER : DOTTED_NUMBER;
    const printed = leading.style === "bracket" ? (n: string) => `[${n}]` : (n: string) => `${n}.`;
    const labels = sequentialLabels(text, pattern, leading.number, printed);
    if (labels.length > 0) return fromLabels(text, labels);
  }
  const keyed = KEY_LABEL.exec(text);
  if (keyed) return [{ from: 0, to: trimEnd(text, 0, text.length), label: `[${keyed[1]}]` }];
  return splitAuthorYear(text);
}

/** Whether a piece of text reads like a bibliographic entry (a year, a URL or a DOI in it). */
export function looksLikeEntry(text: string): boolean {
  return YEAR.test(text) || /https?:\/\/|\bdoi\b|\bwww\./i.test(text) || /\bn\.d\./.test(text);
}
