/**
 * @mentions, as pure functions. A mention is `@Name` where Name is a group member's display
 * name (case-insensitive; the longest matching name wins, so "@Ada Lovelace" beats "Ada"), or
 * `@[Full Name]` for names that would otherwise run into the following words.
 *
 * Not mentions: the `@` of an email address (a letter or digit right before it), text inside
 * code spans and fenced code, and a name that runs on into more letters ("@Adam" is not "Ada").
 * CJK names need no space after them, since CJK text has none between words.
 */
export interface MentionCandidate {
  id: string;
  name: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const INLINE_SPACE = /[^\S\n]/u;
const CODE = /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`/g;
const MAX_BRACKETED = 120;

function normalizeName(name: string): string {
  // Per character, as the text is compared (whole-string lowercasing is context-sensitive: Σ).
  return Array.from(name.normalize("NFC").trim().replace(/\s+/gu, " "), (char) => char.toLowerCase()).join("");
}

/** Code is quoted text, not addressed to anyone: blank it out, keeping offsets. */
function maskCode(text: string): string {
  return text.replace(CODE, (code) => " ".repeat(code.length));
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !CJK_CHAR.test(char);
}

function charBefore(text: string, index: number): string | undefined {
  if (index === 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const isTrailSurrogate = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return isTrailSurrogate ? text.slice(index - 2, index) : text[index - 1];
}

function charAt(text: string, index: number): string | undefined {
  const point = text.codePointAt(index);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

/**
 * Where a (normalized) name ends if it is written at `start`, or -1. A space in the name
 * matches any run of spaces or tabs (never a line break).
 */
function matchNameAt(text: string, start: number, name: string): number {
  let at = start;
  for (const expected of name) {
    const actual = charAt(text, at);
    if (actual === undefined) return -1;
    if (expected === " ") {
      if (!INLINE_SPACE.test(actual)) return -1;
      while (at < text.length && INLINE_SPACE.test(text[at])) at += 1;
      continue;
    }
    if (actual.toLowerCase() !== expected) return -1;
    at += actual.length;
  }
  const last = Array.from(name).at(-1) ?? "";
  if (!CJK_CHAR.test(last) && isWordChar(charAt(text, at))) return -1;
  return at;
}

/** The members mentioned in `body`, each once, in order of first mention. */
export function findMentions<Member extends MentionCandidate>(body: string, members: readonly Member[]): Member[] {
  const names = members.map((member) => ({ member, name: normalizeName(member.name) })).filter((entry) => entry.name.length > 0);
  if (names.length === 0 || !body.includes("@")) return [];
  const text = maskCode(body.normalize("NFC"));
  const found = new Map<string, Member>();
  const add = (matches: Member[]) => matches.forEach((member) => found.has(member.id) || found.set(member.id, member));

  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (isWordChar(charBefore(text, at))) continue;
    if (text[at + 1] === "[") {
      const close = text.indexOf("]", at + 2);
      const inner = close === -1 ? "" : text.slice(at + 2, close);
      if (inner.length > 0 && inner.length <= MAX_BRACKETED && !inner.includes("\n")) {
        const wanted = normalizeName(inner);
        add(names.filter((entry) => entry.name === wanted).map((entry) => entry.member));
      }
      continue;
    }
    let longest = -1;
    let matches: Member[] = [];
    for (const entry of names) {
      const end = matchNameAt(text, at + 1, entry.name);
      if (end === -1 || end < longest) continue;
      if (end > longest) matches = [];
      longest = end;
      matches.push(entry.member);
    }
    add(matches);
  }
  return [...found.values()];
}
