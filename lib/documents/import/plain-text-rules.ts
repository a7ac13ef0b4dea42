/**
 * Line-level judgements used by the plain-text parser. Each one is a heuristic tuned on
 * text extracted from PDFs; they are kept here, small and separately testable.
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u3000-\u303f\uff00-\uffef]/u;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

const CLOSERS = "\"'”’»)\\]";

/** Ends like a sentence: . ? ! (or …) possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return new RegExp(`[.?!…][${CLOSERS}]*$`, "u").test(text.trimEnd());
}

/** Ends with a sentence end or a colon/semicolon: the next line may begin something new. */
export function endsClause(text: string): boolean {
  return new RegExp(`[.?!…:;][${CLOSERS}]*$`, "u").test(text.trimEnd());
}

/** Starts the way only a continuation can: lowercase, CJK, or closing punctuation. */
export function startsContinuation(text: string): boolean {
  const first = text.trimStart()[0];
  if (first === undefined) return false;
  if (isCjk(first)) return true;
  if (/[,;:.)\]”’»%]/u.test(first)) return true;
  return /\p{Ll}/u.test(first);
}

export function startsUppercase(text: string): boolean {
  return /^["“‘(\[]?\p{Lu}/u.test(text.trimStart());
}

// Short words that stay lowercase in title case.
const MINOR_WORDS = new Set(
  (
    "a an the and or nor but for so yet of in on at to by up as via per vs " +
    "about above across after against along among around before behind below beneath beside " +
    "between beyond during except from into like near onto over past since than that then " +
    "through toward towards under until upon versus with within without"
  ).split(" "),
);

// "2.1", "2.1.", "IV.", and appendix numbers "Appendix A.", "A.1.", "B.2.3".
const NUMBERING = /^(?:(\d+(?:\.\d+)*)\.?|([IVXLC]+)\.|Appendix\s+([A-Z])\.?|([A-Z](?:\.\d+)+)\.?)\s+/;

/** Level for a heading: "2.1 Methods" is one deeper than "2 Results"; unnumbered is 2. */
export function headingLevel(text: string): number {
  const numbering = NUMBERING.exec(text.trim());
  if (numbering?.[1]) return Math.min(6, 1 + numbering[1].split(".").length);
  if (numbering?.[4]) return Math.min(6, 1 + numbering[4].split(".").length);
  return 2;
}

/**
 * A heading is a short title-case line without sentence punctuation at its end (a
 * question mark is allowed) and without a citation in it.
 */
export function isHeadingText(raw: string): boolean {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text.length < 2 || text.length > 120) return false;
  if (/[.,;:!"'”’»\-–—]$/u.test(text)) return false;
  if (!/[\p{L}\d?)]$/u.test(text)) return false;
  if (/\(\D*\d{4}[a-z]?\)/.test(text)) return false; // "(2019)" or "(Smith, 2019)"
  const body = text.replace(NUMBERING, "");
  if (/[.!?]\s+\p{Lu}/u.test(body)) return false; // two sentences
  if (!/^["“‘(]?\p{Lu}/u.test(body)) return false;
  const words = body.split(" ");
  if (words.length > 14) return false;
  let significant = 0;
  let capitalised = 0;
  for (const word of words) {
    const letters = word.replace(/[^\p{L}'’-]/gu, "");
    if (letters.replace(/['’-]/g, "").length < 4 || MINOR_WORDS.has(letters.toLowerCase())) continue;
    significant += 1;
    if (/^\p{Lu}/u.test(letters)) capitalised += 1;
  }
  return significant === 0 || capitalised / significant >= 0.75;
}

/** A line that is only a page number ("12", "- 12 -", "Page 3 of 10"). */
export function isPageNumber(line: string): boolean {
  return /^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$/.test(line) || /^\s*page\s+\d+(?:\s+of\s+\d+)?\s*$/i.test(line);
}

// Fragments that are never words of their own: "implementa-" + "tion" is one word.
const SUFFIX_FRAGMENTS = new Set(
  "tion tions sion sions ment ments ness ity ities ing ings ance ence ous ive ible able ally ly ed er ers est al ism ist ists".split(" "),
);

/**
 * Joins the trimmed lines of one paragraph. A line-end hyphen is dropped only when the
 * joined word occurs elsewhere in the text (`knownWords`) or the second half is a bare
 * suffix; otherwise it is a real compound ("decision-" + "making") and stays. CJK text
 * is joined without a space.
 */
export function joinLines(lines: string[], knownWords: Set<string>): string {
  // Built as parts and inspected only at the seam: regexes anchored at the end of an
  // ever-growing string would make long paragraphs quadratic.
  const parts: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const previous = parts[parts.length - 1];
    if (previous === undefined) {
      parts.push(line);
      continue;
    }
    const hyphenated = /(\p{L}+)-$/u.exec(previous.slice(-100));
    const nextWord = /^\p{L}+/u.exec(line)?.[0];
    if (hyphenated && nextWord) {
      const joined = (hyphenated[1] + nextWord).toLowerCase();
      const drop = knownWords.has(joined) || SUFFIX_FRAGMENTS.has(nextWord.toLowerCase());
      if (drop) parts[parts.length - 1] = previous.slice(0, -1);
      parts.push(line);
    } else if (isCjk(previous[previous.length - 1]) && isCjk(line[0])) {
      parts.push(line);
    } else {
      parts.push(" ", line);
    }
  }
  return parts.join("").replace(/\s+/g, " ");
}

export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}
