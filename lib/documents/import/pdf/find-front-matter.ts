import { lineSegments, mergeFragments } from "./build-lines";
import { headingNumbering } from "./find-headings";
import { hyphenJoin } from "./join-hyphens";
import type { Line } from "./types";

export interface FrontMatter {
  title?: string;
  authors: string[];
  /** An abstract printed without a label above the body (REVTeX): its lines. */
  abstractLines: Line[];
  /** Lines of the front matter not kept as text (affiliations, e-mail addresses, a journal line above the title). */
  dropped: number;
}

export const ABSTRACT_LABEL = /^abstract\b\s*[.:—–-]?/i;
const AFFILIATION = /@|\b(univ|universit|department|departamento|dept\.|institut|centro|school|college|laborator|lab\b|corporation|inc\.|ltd|gmbh|research|centre|center|faculty|academy|polytechn|ecole|école|cnrs|inria|imag)/i;
const MARKERS = /[∗*†‡§¶#$+]|\d+$/gu;

/**
 * Splits the first page's fragments at the start of the body: the "Abstract" label, or
 * else the first section heading ("1 Introduction", "I. INTRODUCTION"). What lies above
 * it, across the whole page width, is the front matter (title, authors, affiliations).
 */
export function splitFrontMatter(fragments: Line[], body: number): { front: Line[]; rest: Line[] } {
  const sorted = [...fragments].sort((a, b) => a.y - b.y);
  const start =
    sorted.find((line) => ABSTRACT_LABEL.test(line.text.trim())) ??
    sorted.find((line) => {
      const numbering = headingNumbering(line.text);
      return numbering?.depth === 1 && (numbering.label === "1" || numbering.label === "I") && (line.bold || line.size > 1.05 * body || /^[^a-z]*$/.test(line.text));
    });
  if (!start) return { front: [], rest: fragments };
  const limit = start.y - 0.5 * start.size;
  return { front: fragments.filter((line) => line.y < limit), rest: fragments.filter((line) => line.y >= limit) };
}

function joinLines(lines: Line[]): string {
  let text = "";
  for (const line of lines) {
    const next = line.text.trim();
    if (text.endsWith("-") && hyphenJoin(text, next, new Set()) === "join" && /\p{Ll}$/u.test(text.slice(0, -1))) text = text.slice(0, -1) + next;
    else text = text ? `${text} ${next}` : next;
  }
  return text;
}

/** A name as printed, without affiliation markers and footnote calls. */
function cleanName(text: string): string {
  return text.replace(MARKERS, "").replace(/\s+/g, " ").trim();
}

function splitNames(line: Line): string[] {
  // Superscript runs are affiliation markers ("Gal∗+"), not part of the names.
  const text = lineSegments(line)
    .filter((segment) => !segment.superscript)
    .map((segment) => segment.text)
    .join("");
  return text
    .split(/,|;|\band\b|&/)
    .map(cleanName)
    .filter((name) => /\p{L}{2,}/u.test(name) && name.split(" ").length <= 6);
}

/**
 * Reads the title (the largest type at the top of the page), the authors (the lines set
 * like the first line after the title, without addresses or affiliations) and, when the
 * body has no "Abstract" label, an abstract printed as a long paragraph above the body.
 */
export function readFrontMatter(frontFragments: Line[], body: number): FrontMatter {
  const lines = mergeFragments(frontFragments).length > 0 ? [...frontFragments].sort((a, b) => a.y - b.y || a.x0 - b.x0) : [];
  const result: FrontMatter = { authors: [], abstractLines: [], dropped: 0 };
  if (lines.length === 0) return result;
  const largest = Math.max(...lines.map((line) => line.size));
  if (largest < 1.2 * body) {
    result.dropped = lines.length;
    return result;
  }
  const firstTitle = lines.findIndex((line) => line.size >= largest - 0.5);
  let lastTitle = firstTitle;
  while (lastTitle + 1 < lines.length && lines[lastTitle + 1].size >= largest - 0.5) lastTitle += 1;
  const titleLines = lines.slice(firstTitle, lastTitle + 1);
  result.title = cleanName(joinLines(titleLines).replace(/\s*[∗*†‡]+\s*$/u, "")) || undefined;
  result.dropped += firstTitle; // a journal or conference line above the title
  const after = lines.slice(lastTitle + 1);

  // An unlabelled abstract: the trailing lines set at about the body size in long lines.
  const pageWidth = Math.max(...lines.map((line) => line.x1)) - Math.min(...lines.map((line) => line.x0));
  let abstractStart = after.length;
  while (abstractStart > 0) {
    const line = after[abstractStart - 1];
    // The paragraph's last line may be short ("depth of Reionization."): it ends a sentence.
    const closing = abstractStart === after.length && /[.!?]$/.test(line.text.trim());
    const long = line.x1 - line.x0 > 0.5 * pageWidth || ((abstractStart < after.length || closing) && line.x1 - line.x0 > 0.15 * pageWidth);
    // One paragraph in one type size: the author line above it is set differently.
    const sameSize = abstractStart === after.length || Math.abs(line.size - after[after.length - 1].size) < 0.3;
    if (!long || !sameSize || AFFILIATION.test(line.text) || Math.abs(line.size - body) > 0.25 * body) break;
    abstractStart -= 1;
  }
  if (after.length - abstractStart >= 3) result.abstractLines = after.slice(abstractStart);
  const authorArea = after.slice(0, result.abstractLines.length > 0 ? abstractStart : after.length);

  const reference = authorArea.find((line) => !AFFILIATION.test(line.text));
  // After an affiliation line, a line set like the names is a name again only below an
  // e-mail address or a gap (the next row of an author grid), not "NUST, Pakistan".
  let previous: "author" | "email" | "affiliation" | null = null;
  let previousY = -Infinity;
  for (const line of authorArea) {
    const styled = reference && Math.abs(line.size - reference.size) < 0.3 && line.bold === reference.bold && !AFFILIATION.test(line.text);
    const sameRow = Math.abs(line.y - previousY) < 0.3 * line.size;
    const afterGap = line.y - previousY > 1.8 * line.size;
    const isAuthorLine: boolean = !!styled && (previous === null || previous === "author" || previous === "email" || afterGap || sameRow);
    if (isAuthorLine) result.authors.push(...splitNames(line));
    else result.dropped += 1;
    if (!sameRow || isAuthorLine) previous = isAuthorLine ? "author" : line.text.includes("@") ? "email" : "affiliation";
    previousY = line.y;
  }
  return result;
}
