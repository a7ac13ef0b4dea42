/**
 * Pandoc citations in one block of text, as pandoc's Markdown reads them:
 * "[@romanowska2023]", "[@a; @b, p. 3]", "[see @doe99, pp. 33–35; also @smith04]",
 * "[-@key]" (author suppressed) and narrative "@key says". Pure string functions.
 */

export interface PandocMention {
  from: number;
  to: number;
  key: string;
}

// Pandoc: a key starts with a letter, digit or "_" and may hold internal punctuation
// (":.#$%&-+?<>~/"); punctuation at its end belongs to the sentence.
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/\-]*[\p{L}\p{N}_])?`;
const GROUP = /\[([^[\]]*@[^[\]]*)\]/g;
/** Longer is not a key anyone types; it also keeps keys within what claims accept as evidence. */
const MAX_KEY_LENGTH = 100;
const KEY_IN_ITEM = new RegExp(String.raw`(?<![\p{L}\p{N}_\\@.])-?@(${KEY})`, "gu");
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_\\@.\[\-])@(${KEY})`, "gu");

/**
 * The bracketed groups: every ";"-separated item must hold exactly one key, else the
 * brackets are ordinary text ("[email me @ home]"). Each item is one mention, marked
 * from its "@" (or "-@") to its end, locator included.
 */
export function findBracketedPandocCitations(text: string): PandocMention[] {
  const mentions: PandocMention[] = [];
  for (const group of text.matchAll(GROUP)) {
    // "[@key](url)" is a link, "[@key]: …" a link definition.
    const after = text[group.index + group[0].length];
    if (after === "(" || after === ":") continue;
    const items: PandocMention[] = [];
    let offset = group.index + 1;
    let valid = true;
    for (const item of group[1].split(";")) {
      const keys = [...item.matchAll(KEY_IN_ITEM)];
      if (keys.length !== 1 || keys[0][1].length > MAX_KEY_LENGTH) {
        valid = false;
        break;
      }
      const at = keys[0].index;
      const from = offset + at;
      const to = offset + item.trimEnd().length;
      items.push({ from, to, key: keys[0][1] });
      offset += item.length + 1;
    }
    if (valid) mentions.push(...items);
  }
  return mentions;
}

/**
 * Narrative "@key" outside brackets, kept only when `isKey` accepts it (a key of the
 * bibliography, or one cited in brackets elsewhere): an "@" before a handle or in
 * "meet @ noon" is not a citation. Emails never match (a letter precedes the "@").
 */
export function findNarrativePandocCitations(text: string, isKey: (key: string) => boolean, taken: { from: number; to: number }[]): PandocMention[] {
  const mentions: PandocMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  for (const range of taken) covered.fill(1, range.from, range.to);
  for (const match of text.matchAll(NARRATIVE)) {
    const from = match.index;
    const to = from + match[0].length;
    if (covered[from] || covered[to - 1]) continue;
    if (match[1].length <= MAX_KEY_LENGTH && isKey(match[1])) mentions.push({ from, to, key: match[1] });
  }
  return mentions;
}
