import { mergeFragments } from "./build-lines";
import type { Line, Region } from "./types";

type Side = "left" | "right" | "span";

/**
 * The x position of the gutter between two columns, if the page has one: the point in the
 * middle part of the text area crossed by the fewest fragments (the middle of the widest
 * such stretch, so a gutter is found even when a title or an equation crosses it).
 */
export function findGutter(fragments: Line[], left: number, right: number): number {
  const width = right - left;
  const from = Math.floor(left + 0.3 * width);
  const to = Math.ceil(left + 0.7 * width);
  const coverage = new Array<number>(to - from + 1).fill(0);
  for (const line of fragments) {
    const a = Math.max(from, Math.ceil(line.x0 + 0.5));
    const b = Math.min(to, Math.floor(line.x1 - 0.5));
    for (let x = a; x <= b; x += 1) coverage[x - from] += 1;
  }
  const least = Math.min(...coverage);
  let bestStart = 0;
  let bestLength = 0;
  let start = -1;
  for (let i = 0; i <= coverage.length; i += 1) {
    if (i < coverage.length && coverage[i] === least) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const length = i - start;
      const centre = (start + i - 1) / 2;
      const bestCentre = bestStart + (bestLength - 1) / 2;
      const middle = (coverage.length - 1) / 2;
      if (length > bestLength || (length === bestLength && Math.abs(centre - middle) < Math.abs(bestCentre - middle))) {
        bestStart = start;
        bestLength = length;
      }
      start = -1;
    }
  }
  return from + bestStart + (bestLength - 1) / 2;
}

function sideOf(line: Line, gutter: number, width: number): Side {
  if (line.x1 <= gutter) return "left";
  if (line.x0 >= gutter) return "right";
  // A fragment that reaches well into both halves spans the page (a title, a wide figure);
  // one that only overflows the gutter a little (a long URL) stays in its column.
  if (gutter - line.x0 > 0.06 * width && line.x1 - gutter > 0.06 * width) return "span";
  return gutter - line.x0 > line.x1 - gutter ? "left" : "right";
}

function chars(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.text.length, 0);
}

function bounds(lines: Line[], fallback: { x0: number; x1: number }): { x0: number; x1: number } {
  if (lines.length === 0) return fallback;
  return { x0: Math.min(...lines.map((line) => line.x0)), x1: Math.max(...lines.map((line) => line.x1)) };
}

function region(page: number, columns: Line[][], fallback: { x0: number; x1: number }[]): Region {
  const merged = columns.map((column) => mergeFragments(column));
  const all = merged.flat();
  return {
    page,
    top: Math.min(...all.map((line) => line.top)),
    bottom: Math.max(...all.map((line) => line.y)),
    columns: merged,
    bounds: merged.map((column, index) => bounds(column, fallback[index])),
  };
}

/**
 * Splits a page's fragments into vertical regions read one after the other, each of one
 * or two columns. A page is two-column when a gutter exists with a fair share of the text
 * on each side; fragments spanning the gutter (title, abstract, wide figures and their
 * captions) form one-column regions that cut the columns above from those below.
 */
export function findColumns(page: number, fragments: Line[]): Region[] {
  if (fragments.length === 0) return [];
  const left = Math.min(...fragments.map((line) => line.x0));
  const right = Math.max(...fragments.map((line) => line.x1));
  const whole = { x0: left, x1: right };
  const gutter = findGutter(fragments, left, right);
  const sides = fragments.map((line) => sideOf(line, gutter, right - left));
  const leftLines = fragments.filter((_, i) => sides[i] === "left");
  const rightLines = fragments.filter((_, i) => sides[i] === "right");
  const total = chars(fragments);
  const twoColumns = leftLines.length >= 3 && rightLines.length >= 3 && chars(leftLines) >= 0.15 * total && chars(rightLines) >= 0.15 * total;
  if (!twoColumns) return [region(page, [fragments], [whole])];

  const halves = [
    { x0: left, x1: gutter },
    { x0: gutter, x1: right },
  ];
  const order = fragments.map((line, i) => ({ line, side: sides[i] })).sort((a, b) => a.line.top - b.line.top || a.line.x0 - b.line.x0);
  const regions: Region[] = [];
  let columns: Line[][] | null = null;
  let spanning: Line[] | null = null;
  const close = () => {
    if (columns && columns.flat().length > 0) regions.push(region(page, columns.filter((column) => column.length > 0), columns[0].length > 0 && columns[1].length > 0 ? halves : columns[0].length > 0 ? [halves[0]] : [halves[1]]));
    if (spanning && spanning.length > 0) regions.push(region(page, [spanning], [whole]));
    columns = null;
    spanning = null;
  };
  for (const { line, side } of order) {
    if (side === "span") {
      if (columns) close();
      spanning ??= [];
      spanning.push(line);
    } else {
      if (spanning) close();
      columns ??= [[], []];
      columns[side === "left" ? 0 : 1].push(line);
    }
  }
  close();
  return regions;
}
