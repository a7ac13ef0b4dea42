import type { PlacedLine, Region } from "./types";

/**
 * Regions in page order, each column top to bottom before the next: the reading order of
 * one- and two-column pages. `column` numbers each column read, so a later step can tell
 * a column or page break from a line break.
 */
export function orderReading(regions: Region[], firstColumn = 0): PlacedLine[] {
  const out: PlacedLine[] = [];
  let column = firstColumn;
  for (const region of regions) {
    region.columns.forEach((lines, index) => {
      const { x0, x1 } = region.bounds[index];
      for (const line of lines) out.push({ ...line, columnX0: x0, columnX1: x1, column });
      column += 1;
    });
  }
  return out;
}
