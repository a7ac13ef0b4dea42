/**
 * Rejoining words hyphenated at a line end. "com-" + "pile" is "compile", but "well-" +
 * "known" stays "well-known" and "Pierre-" + "François" stays "Pierre-François". The
 * document itself is the dictionary: words seen whole elsewhere in it decide.
 */

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]|\p{L}/gu;

/** Lower-case words of the document, whole and hyphenated, without the fragments cut at line ends. */
export function buildVocabulary(lines: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    const text = line.replace(/\S*-$/, ""); // "com-" at a line end is no word
    for (const word of text.match(WORD) ?? []) {
      words.add(word.toLowerCase());
      if (word.includes("-")) for (const part of word.split("-")) if (part) words.add(part.toLowerCase());
    }
  }
  return words;
}

/**
 * How to join `before` (which ends with "-") and `after`, the next line: "join" drops the
 * hyphen ("com" + "pile"), "keep" keeps it without a space ("well-known").
 */
export function hyphenJoin(before: string, after: string, vocabulary: Set<string>): "join" | "keep" {
  const head = /([\p{L}]+)-$/u.exec(before.trim())?.[1];
  const tail = /^([\p{L}]+)/u.exec(after.trim())?.[1];
  if (!head || !tail) return "keep";
  // A URL or path broken at its own hyphen ("…/0003-use-gradle-" + "as-build-tool.md").
  if (/(?:https?:|www\.|\/)\S*$/.test(before.trim())) return "keep"; // "1-" + "2", "x-" + "(y)": not a word cut in two
  // "Pierre-" + "François", "non-" + "English"; but a heading in capitals ("SO-" + "LUTION") is judged in lower case.
  const capitals = /^\p{Lu}+$/u.test(head) && /^\p{Lu}{2,}/u.test(tail);
  if (/^\p{Lu}/u.test(tail) && !capitals) return "keep";
  const joined = (head + tail).toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  if (vocabulary.has(hyphenated) && !vocabulary.has(joined)) return "keep";
  if (vocabulary.has(joined)) return "join";
  // Two words that stand on their own ("well", "known") make a compound; a fragment
  // ("com", "ternative") is a word cut by hyphenation.
  if (head.length > 1 && vocabulary.has(head.toLowerCase()) && vocabulary.has(tail.toLowerCase()) && head.length >= 3 && tail.length >= 3) return "keep";
  return "join";
}
