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
 *   sentence ("... but “how unique is China?” (Lagioia & Sartor, 2019)"), or after the
 *   opening parenthesis when it closes one ("… liked (What did you like most?), and …");
 * - else after the sentence's last colon outside quotations and parentheses, when at
 *   least three words follow it ("This raises the following question: how could ...?");
 * - else at the start of the sentence, or after the sentence's previous question.
 */
function questionsIn(text: string): [number, number][] {
  const found: [number, number][] = [];
  let sentence = 0;
  let curly: number[] = []; // open “ positions
  let parens: number[] = []; // open ( positions
  let straight: number | undefined; // open " position
  let depth = 0; // quotations and parentheses, for colons
  let colon: number | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (isSentenceBreak(text, i)) {
      sentence = i + 1;
      curly = [];
      parens = [];
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
      parens.push(i);
      depth += 1;
    } else if (char === ")") {
      parens.pop();
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
      else if (next === ")" && parens.length > 0) start = parens[parens.length - 1] + 1;
      else if (colon !== undefined && colon > sentence && wordCount(text.slice(colon + 1, Math.min(i + 1, colon + 100))) >= 3) start = colon + 2;
      // A second question in the same sentence starts after the first one, not with it.
      while (start < i && /[\s)\]”"’',;:]/.test(text[start])) start += 1;
      if (i + 1 - start <= MAX_QUESTION_LENGTH) found.push([start, i + 1]);
      sentence = i + 1;
    }
  }
  return found;
}

// Running text only: a question in a code block, a formula, a table cell, a caption, a
// reference entry's title or a footnote is not one the paper raises. Listed as what is
// allowed, so a node type added later stays out until someone decides otherwise.
const QUESTION_BLOCKS = new Set(["paragraph", "heading"]);
const QUESTION_CONTAINERS = new Set(["doc", "blockquote", "abstract", "bulletList", "orderedList", "listItem"]);

/**
 * A sentence with words, not glyph junk ("1@>8:?" from a chart) or a fragment: at least
 * two words of two letters or more, and mostly letters.
 */
export function readsAsQuestion(quote: string): boolean {
  // "http://example.com/?" is an address, not a question.
  if (/:\/\/|\bwww\./i.test(quote)) return false;
  const words = quote.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 2) return false;
  const visible = quote.replace(/\s+/g, "");
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  return letters / visible.length >= 0.5;
}

function eligibleBlocks(doc: PaperNodeJson): Set<PaperNodeJson> {
  const out = new Set<PaperNodeJson>();
  const visit = (node: PaperNodeJson) => {
    if (QUESTION_BLOCKS.has(node.type)) out.add(node);
    else if (QUESTION_CONTAINERS.has(node.type)) node.content?.forEach(visit);
  };
  visit(doc);
  return out;
}

/**
 * Candidate debate questions: headings that end in "?" and the questions in the running
 * text, that read as sentences, deduplicated (case-insensitively), in document order, at
 * most MAX_QUESTIONS. Offsets are into plainTextOf(doc).
 */
export function findQuestions(doc: PaperNodeJson): FoundQuestion[] {
  const found: FoundQuestion[] = [];
  const seen = new Set<string>();
  const eligible = eligibleBlocks(doc);
  const add = (quote: string, start: number) => {
    const key = quote.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key) || found.length >= MAX_QUESTIONS || !readsAsQuestion(quote)) return;
    seen.add(key);
    found.push({ text: capitalise(quote), quote, start, end: start + quote.length });
  };
  for (const block of textBlocksOf(doc)) {
    if (found.length >= MAX_QUESTIONS) break;
    if (!eligible.has(block.node)) continue;
    if (block.node.type === "heading") {
      if (/\?["'”’)\]]*$/.test(block.text)) add(block.text, block.start);
      continue;
    }
    for (const [from, to] of questionsIn(block.text)) add(block.text.slice(from, to), block.start + from);
  }
  return found;
}
