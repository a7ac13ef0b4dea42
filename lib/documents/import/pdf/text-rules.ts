import type { Line } from "./types";

/** Ends like a sentence or a clause that closes a paragraph. */
export function endsSentence(text: string): boolean {
  return /[.!?:]["”’')\]]?$/.test(text.trim());
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text.trim());
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Bullets and list numbers: "•", "–", "(a)", "1)", "(iv)". */
export function startsListItem(text: string): boolean {
  return /^(?:[•◦▪▸►‣⁃∙·]|[-–]\s|\(?[a-z]\)\s|\(?\d{1,2}\)\s|\d{1,2}\.\s+\p{Lu}|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s)/u.test(text.trim());
}

/** The size most of the text is set in (characters counted), rounded to half points. */
export function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + line.text.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

/** The usual distance between baselines of body lines that follow each other in a column. */
export function lineSpacing(lines: Line[], size: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (a.page !== b.page || Math.abs(a.size - size) > 0.6 || Math.abs(b.size - size) > 0.6) continue;
    const gap = b.y - a.y;
    if (gap > 0.8 * size && gap < 2 * size && Math.abs(a.x0 - b.x0) < 30 * size) gaps.push(gap);
  }
  if (gaps.length === 0) return 1.2 * size;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)];
}

export function letterShare(text: string, pattern: RegExp): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((letter) => pattern.test(letter)).length / letters.length;
}
