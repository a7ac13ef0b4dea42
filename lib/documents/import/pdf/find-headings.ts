import { captionLabel } from "./find-captions";
import { letterShare, wordCount } from "./text-rules";
import type { Line, PlacedLine } from "./types";

export interface Numbering {
  /** As printed, without a trailing dot: "2.3.1", "IV", "B". */
  label: string;
  /** 1 for "2" or "IV", 2 for "2.3" or "B", 3 for "2.3.1". */
  depth: number;
  kind: "arabic" | "roman" | "letter";
}

const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?=[\p{Lu}\p{N}(“"])/u;
const ROMAN = /^([IVX]{1,6})\.\s+(?=\p{Lu})/u;
const LETTER = /^([A-H])\.\s+(?=\p{Lu})/u;

/** The section number a heading starts with: "1", "1.1", "2.3.1", "I.", "A.". */
export function headingNumbering(text: string): Numbering | null {
  const trimmed = text.trim();
  const arabic = ARABIC.exec(trimmed);
  if (arabic) return { label: arabic[1], depth: arabic[1].split(".").length, kind: "arabic" };
  const roman = ROMAN.exec(trimmed);
  if (roman) return { label: roman[1], depth: 1, kind: "roman" };
  const letter = LETTER.exec(trimmed);
  if (letter) return { label: letter[1], depth: 2, kind: "letter" };
  return null;
}

function centredInColumn(line: PlacedLine): boolean {
  const width = line.columnX1 - line.columnX0;
  const centre = (line.x0 + line.x1) / 2;
  return Math.abs(centre - (line.columnX0 + line.columnX1) / 2) < 0.08 * width && line.x0 > line.columnX0 + 2 * line.size;
}

/**
 * Whether a line is a heading, judged by its type against the body text: larger, or all
 * bold, or numbered in capitals ("I. INTRODUCTION"), or a short centred line in capitals
 * ("REFERENCES"). The wording alone never makes a heading.
 */
export function isHeadingLine(line: PlacedLine, body: number): boolean {
  const text = line.text.trim();
  const words = wordCount(text);
  if (text.length < 2 || text.length > 160 || words > 18) return false;
  if (!/^[\p{L}\p{N}(“"]/u.test(text) || /[,;]$/.test(text) || captionLabel(text)) return false;
  if (line.mathShare > 0.3 || line.size < 0.85 * body) return false;
  const numbering = headingNumbering(text);
  if (line.cells > 2 || (line.cells === 2 && !numbering)) return false;
  if (/^\p{Ll}/u.test(text) && !numbering) return false;
  const endsWithStop = /[.:]$/.test(text);
  const capitals = letterShare(text, /\p{Lu}/u) >= 0.9 && (text.match(/\p{L}/gu) ?? []).length >= 4;
  if (line.size >= 1.12 * body && (numbering || (words <= 12 && !endsWithStop))) return true;
  if (line.bold && (numbering || (words <= 10 && !endsWithStop))) return true;
  if (numbering && capitals && words <= 12) return true;
  if (numbering && line.italic && words <= 10 && !endsWithStop) return true;
  if (!numbering && capitals && words <= 5 && !endsWithStop && centredInColumn(line)) return true;
  return false;
}

/** What a heading looks like, to give unnumbered headings the level of numbered ones like them. */
export function headingStyleKey(line: Line): string {
  return `${Math.round(line.size * 2) / 2}/${line.bold ? "b" : ""}${line.italic ? "i" : ""}`;
}

/**
 * Heading levels as the plain-text parser gives them: a section ("1", "I.") is level 2,
 * one deeper per number part; an unnumbered heading takes the level of numbered headings
 * set in the same type, else 2 when it is as large as the largest section heading, else 3.
 */
export function headingLevels(headings: { text: string; line: Line }[]): number[] {
  const byStyle = new Map<string, number>();
  let largestNumbered = 0;
  for (const { text, line } of headings) {
    const numbering = headingNumbering(text);
    if (!numbering) continue;
    const level = Math.min(6, 1 + numbering.depth);
    const key = headingStyleKey(line);
    if (!byStyle.has(key) || (byStyle.get(key) ?? 9) > level) byStyle.set(key, level);
    if (numbering.depth === 1) largestNumbered = Math.max(largestNumbered, line.size);
  }
  return headings.map(({ text, line }) => {
    const numbering = headingNumbering(text);
    if (numbering) return Math.min(6, 1 + numbering.depth);
    const styled = byStyle.get(headingStyleKey(line));
    if (styled !== undefined) return styled;
    return largestNumbered === 0 || line.size >= largestNumbered - 0.25 ? 2 : 3;
  });
}
