/**
 * Numeric citations in one block of text: "[12]", "[1–3]", "[1, 2, 3]", "[4,7-9]", and
 * "(8)" for papers whose numbered list is cited in parentheses. Pure string functions;
 * mark-citations.ts calls them only when the paper has a numbered reference list of
 * `count` entries, and every number must name one of them, so "[0, 1]" or "(2019)" never
 * passes for a citation.
 */

export interface NumericMention {
  /** Offsets of the marked passage: the whole "[12]" for one work, each item of a group. */
  from: number;
  to: number;
  numbers: number[];
}

const ITEM = String.raw`\d{1,4}(?:\s*[–—-]\s*\d{1,4})?`;
const GROUP = String.raw`${ITEM}(?:\s*[,;]\s*${ITEM})*`;
const BRACKETED = new RegExp(String.raw`\[(\s*${GROUP}\s*)\]`, "g");
const PARENTHESISED = new RegExp(String.raw`\((${GROUP})\)`, "g");
const ITEMS = new RegExp(ITEM, "g");
/** A range longer than this is a quantity ("[1–500]"), not a run of references. */
const MAX_RANGE = 40;

// Words after which a number in parentheses refers to an equation, figure or step, or
// continues an enumeration: "Eq. (3)", "Table (2)", "steps (1) and (2)".
const NOT_AFTER_PAREN = /(?:\beqs?\.?|\bequations?|\bfigs?\.?|\bfigures?|\btables?|\bsections?|\bsteps?|\blines?|\brules?|\bcases?|\bitems?|\bconditions?|\bconstraints?|\btheorems?|\blemmas?|\bdefinitions?|\band|\bor|\bto|\bpages?|\bp\.|\bpp\.)\s*$/i;

function parseItems(inner: string, innerStart: number, count: number): { from: number; to: number; numbers: number[] }[] | undefined {
  const items: { from: number; to: number; numbers: number[] }[] = [];
  for (const match of inner.matchAll(ITEMS)) {
    const [first, last] = match[0].split(/\s*[–—-]\s*/).map(Number);
    const numbers: number[] = [];
    if (last === undefined) numbers.push(first);
    else {
      if (!(last > first) || last - first > MAX_RANGE) return undefined;
      for (let n = first; n <= last; n += 1) numbers.push(n);
    }
    if (numbers.some((n) => n < 1 || n > count)) return undefined;
    items.push({ from: innerStart + match.index, to: innerStart + match.index + match[0].length, numbers });
  }
  return items.length > 0 ? items : undefined;
}

function mentionsOf(
  text: string,
  pattern: RegExp,
  count: number,
  accept: (before: string, after: string) => boolean,
): NumericMention[] {
  const mentions: NumericMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 1);
    if (!accept(before, after)) continue;
    const items = parseItems(match[1], match.index + 1, count);
    if (!items) continue;
    if (items.length === 1) mentions.push({ from: match.index, to: match.index + match[0].length, numbers: items[0].numbers });
    else mentions.push(...items);
  }
  return mentions;
}

/** "[12]" and groups; not an index ("sp[8]", "state[748]") nor a Markdown link label ("[1](url)"). */
export function findBracketCitations(text: string, count: number): NumericMention[] {
  // "[11][14]" is two citations; "sp[8]" and "f(x)[2]" are indexes.
  // "[2]: …" opening a block is a link definition; "as follows [20] [21]:" is a citation.
  return mentionsOf(text, BRACKETED, count, (before, after) => !/[\p{L}\p{N}_)]$/u.test(before) && after !== "(" && !(after === ":" && before.trim() === ""));
}

/**
 * "(8)", "(3, 7)": after a space or at the start, never after an identifier ("edx(4)")
 * nor after a word that makes it an equation, figure or list item.
 */
export function findParenthesisedCitations(text: string, count: number): NumericMention[] {
  return mentionsOf(text, PARENTHESISED, count, (before) => (before === "" || /\s$/.test(before)) && !NOT_AFTER_PAREN.test(before));
}
