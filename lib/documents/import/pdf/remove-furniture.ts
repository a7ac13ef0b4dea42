import type { Line } from "./types";

export interface PageLines {
  number: number;
  height: number;
  lines: Line[];
}

/** The share of the page height, at the top and at the bottom, where furniture lives. */
export const MARGIN_ZONE = 0.13;

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
// Journal and copyright lines: "© 2010 IEEE", "DOI 10.1109/…", "978-0-7695-3958-4/10 $26.00",
// "arXiv:0908.0054v1", "Copyright 2004 ACM 1-58113-840-7/04/0006 ...$5.00."
const PUBLISHER_LINE = /©|\(c\)\s*\d{4}|\bcopyright\b|\bdoi\b|\bisbn\b|\bissn\b|\$\s?\d+\.\d\d|\barxiv:\d|^\d{3}-\d-\d{3,5}-\d{3,5}-\d/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** "56 Oliver Kopp and Anita Armbruster", "Generalized Markdown ADRs 57": a head with its page number. */
function isNumberedRunningHead(line: Line, bodySize: number): boolean {
  const text = line.text.trim();
  if (line.bold || line.size > 1.1 * bodySize) return false; // "2 GADR" at a page top is a heading
  if (text.split(/\s+/).length > 14) return false;
  return /^\d{1,4}\s+\S/.test(text) || /\S\s+\d{1,4}$/.test(text);
}

/** A line's text with its numbers abstracted, so "Page 3" and "Page 4" repeat. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/[^\p{L}#]+/gu, " ").trim();
}

function zoneOf(line: Line, height: number): "top" | "bottom" | null {
  if (line.y <= MARGIN_ZONE * height) return "top";
  if (line.top >= (1 - MARGIN_ZONE) * height) return "bottom";
  return null;
}

/** Groups a zone's fragments by baseline: a running head is one row, whatever its gaps. */
function rows(lines: Line[]): Line[][] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const out: Line[][] = [];
  for (const line of sorted) {
    const row = out[out.length - 1];
    if (row && Math.abs(row[0].y - line.y) <= 0.3 * line.size) row.push(line);
    else out.push([line]);
  }
  return out;
}

/**
 * Furniture stands apart from the text block: white space of most of a line height
 * between it and the nearest line towards the page's middle. A first body line at the
 * top of a page has only the usual leading below it.
 */
function setApart(row: Line[], all: Line[], zone: string): boolean {
  const size = Math.max(...row.map((line) => line.size));
  if (zone === "top") {
    const baseline = Math.max(...row.map((line) => line.y));
    const below = all.filter((line) => line.top > baseline - 0.2 * size && !row.includes(line));
    const next = Math.min(...below.map((line) => line.top));
    return !Number.isFinite(next) || next - baseline >= 0.7 * size;
  }
  const top = Math.min(...row.map((line) => line.top));
  const above = all.filter((line) => line.y < top + 0.2 * size && !row.includes(line));
  const previous = Math.max(...above.map((line) => line.y));
  return !Number.isFinite(previous) || top - previous >= 0.7 * size;
}

/**
 * Removes page furniture: running heads and footers (rows in the top or bottom margin
 * zone whose text, numbers aside, repeats on another page, or that carry a page number),
 * bare page numbers, and publisher lines (copyright, DOI, ISBN, price) in those zones.
 * Works on line fragments of every page at once, because repetition is what tells a
 * running head from a first line. Returns the kept lines per page and how many rows went.
 */
export function removeFurniture(pages: PageLines[], bodySize: number): { pages: PageLines[]; removed: number } {
  const seen = new Map<string, Set<number>>();
  const zoneRows = pages.map((page) => {
    const top: Line[] = [];
    const bottom: Line[] = [];
    for (const line of page.lines) {
      const zone = zoneOf(line, page.height);
      if (zone === "top") top.push(line);
      else if (zone === "bottom") bottom.push(line);
    }
    const all = [...rows(top).map((row) => ({ zone: "top", row })), ...rows(bottom).map((row) => ({ zone: "bottom", row }))];
    for (const { zone, row } of all) {
      for (const line of row) {
        const key = `${zone}:${repeatKey(line.text)}`;
        if (repeatKey(line.text) === "" || repeatKey(line.text) === "#") continue;
        const pagesWithKey = seen.get(key) ?? new Set<number>();
        pagesWithKey.add(page.number);
        seen.set(key, pagesWithKey);
      }
    }
    return all;
  });
  let removed = 0;
  const out = pages.map((page, index) => {
    const drop = new Set<Line>();
    for (const { zone, row } of zoneRows[index]) {
      const furniture =
        setApart(row, page.lines, zone) &&
        (
        row.some((line) => isPageNumber(line.text)) ||
        row.some((line) => PUBLISHER_LINE.test(line.text) && line.size <= bodySize + 0.5) ||
        row.some((line) => isNumberedRunningHead(line, bodySize)) ||
        row.some((line) => (seen.get(`${zone}:${repeatKey(line.text)}`)?.size ?? 0) >= 2));
      if (furniture) {
        row.forEach((line) => drop.add(line));
        removed += 1;
      }
    }
    return { ...page, lines: page.lines.filter((line) => !drop.has(line)) };
  });
  return { pages: out, removed };
}
