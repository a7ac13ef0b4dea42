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

const FIRST_REFERENCE = /^\[1\]\s/;
const REFERENCE_LABEL = /^\[\d{1,3}\]\s/;

/**
 * Where a reference list set across both columns starts below body text on the same page
 * (REVTeX's last page): "[1]" opens a line in the left column below other text, and the right
 * column has a "[n]" entry at the same height. Without the cut, the right column's body text
 * would be read after the left column's entries and glued to the last of them.
 */
function referenceListStart(columns: Line[][]): number | null {
  if (columns.length !== 2 || columns[0].length === 0 || columns[1].length === 0) return null;
  const start = columns[0].find((line) => FIRST_REFERENCE.test(line.text.trim()));
  if (!start || !columns[0].some((line) => line.top < start.top - start.size)) return null;
  const partner = columns[1].some((line) => REFERENCE_LABEL.test(line.text.trim()) && Math.abs(line.top - start.top) < start.size);
  // Above that height the right column must be body text: when it already holds entries, the
  // list simply runs on from the left column into the right one (read in column order).
  const rightAbove = columns[1].filter((line) => line.top < start.top - 0.5 * start.size);
  const bodyAbove = rightAbove.length > 0 && !rightAbove.some((line) => REFERENCE_LABEL.test(line.text.trim()));
  return partner && bodyAbove ? start.top - 0.5 : null;
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
    const cut = columns ? referenceListStart(columns) : null;
    if (columns && cut !== null) {
      // Body text above, the reference list below: two regions, each read column by column.
      const [upper, lower] = [columns.map((column) => column.filter((line) => line.top < cut)), columns.map((column) => column.filter((line) => line.top >= cut))];
      regions.push(region(page, upper, halves), region(page, lower, halves));
      columns = null;
    }
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
