import { type PaperNodeJson, textBlocksOf } from "./plain-text";

// A type alias, not an interface, so that it is assignable to Prisma's JSON input type.
export type FoundQuestion = {
  /** The question as a debate would show it (first letter capitalised). */
  text: string;
  /** The question's own text exactly as it appears: plainText.slice(start, end). */
  quote: string;
  start: number;
  end: number;
};

// More candidates than this is not a paper raising questions but a list of them; and a
// "question" longer than this is a parsing accident, not something to debate. Both caps
// also keep pathological input (megabytes of "a? a? a?") linear.
export const MAX_QUESTIONS = 500;
const MAX_QUESTION_LENGTH = 1000;

const CLOSERS = /["'”’»)\]]/;
const ABBREVIATIONS = new Set(
  "e.g i.e cf al vs etc p pp no nos dr mr mrs ms prof st fig figs vol eds ed ch sec art para".split(" "),
);

/** Whether the whitespace at `i` ends a sentence: after . ? ! (and closers), before a capital. */
function isSentenceBreak(text: string, i: number): boolean {
  if (!/\s/.test(text[i]) || !/["“‘(\[¿¡\p{Lu}\d]/u.test(text[i + 1] ?? "")) return false;
  let j = i - 1;
  while (j >= 0 && i - j < 8 && CLOSERS.test(text[j])) j -= 1;
  const char = text[j];
  if (char === "?" || char === "!") return true;
  if (char !== ".") return false;
  if (text[j - 1] === ".") return false; // an ellipsis marks an omission in a quotation
  const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, j - 12), j + 1))?.[1] ?? "";
  return !ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}$/u.test(word);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/**
 * The questions in one paragraph, as [from, to) offsets, in one forward pass. Each "?"
 * ends a question that starts:
 * - after the opening quotation mark, when the "?" closes a quotation opened in the same
 *   sentence ("... but “how unique is China?” (Lagioia & Sartor, 2019)");
 * - else after the sentence's last colon outside quotations and parentheses, when at
 *   least three words follow it ("This raises the following question: how could ...?");
 * - else at the start of the sentence.
 */
function questionsIn(text: string): [number, number][] {
  const found: [number, number][] = [];
  let sentence = 0;
  let curly: number[] = []; // open “ positions
  let straight: number | undefined; // open " position
  let depth = 0; // quotations and parentheses, for colons
  let colon: number | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (isSentenceBreak(text, i)) {
      sentence = i + 1;
      curly = [];
      straight = undefined;
      depth = 0;
      colon = undefined;
    } else if (char === "“") {
      curly.push(i);
      depth += 1;
    } else if (char === "”") {
      curly.pop();
      depth = Math.max(0, depth - 1);
    } else if (char === '"') {
      straight = straight === undefined ? i : undefined;
    } else if (char === "(") {
      depth += 1;
    } else if (char === ")") {
      depth = Math.max(0, depth - 1);
    } else if (char === ":" && depth === 0 && text[i + 1] === " ") {
      colon = i;
    } else if (char === "?") {
      const next = text[i + 1];
      // A "?" inside a URL or a word does not end a question.
      if (next !== undefined && !/[\s"'”’»)\],;:.]/.test(next)) continue;
      const open = straight ?? curly[curly.length - 1];
      let start = sentence;
      if (/[”"]/.test(next ?? "") && open !== undefined) start = open + 1;
      else if (colon !== undefined && wordCount(text.slice(colon + 1, Math.min(i + 1, colon + 100))) >= 3) start = colon + 2;
      if (i + 1 - start <= MAX_QUESTION_LENGTH) found.push([start, i + 1]);
    }
  }
  return found;
}

/**
 * Candidate debate questions: headings that end in "?" and the questions in the text,
 * deduplicated (case-insensitively), in document order, at most MAX_QUESTIONS. Offsets
 * are into plainTextOf(doc).
 */
export function findQuestions(doc: PaperNodeJson): FoundQuestion[] {
  const found: FoundQuestion[] = [];
  const seen = new Set<string>();
  const add = (quote: string, start: number) => {
    const key = quote.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key) || found.length >= MAX_QUESTIONS) return;
    seen.add(key);
    found.push({ text: capitalise(quote), quote, start, end: start + quote.length });
  };
  for (const block of textBlocksOf(doc)) {
    if (found.length >= MAX_QUESTIONS) break;
    if (block.node.type === "heading") {
      if (/\?["'”’)\]]*$/.test(block.text)) add(block.text, block.start);
      continue;
    }
    for (const [from, to] of questionsIn(block.text)) add(block.text.slice(from, to), block.start + from);
  }
  return found;
}
