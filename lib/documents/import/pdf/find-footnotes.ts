import { captionLabel } from "./find-captions";
import type { PlacedLine } from "./types";

export interface FootnoteLines {
  label: string;
  page: number;
  lines: PlacedLine[];
}

export interface FoundFootnotes {
  footnotes: FootnoteLines[];
  /** Small unmarked notes at the foot of the first page (copyright, conference line). */
  publisherNotes: PlacedLine[][];
  rest: PlacedLine[];
}

const MARKER = /^[\d∗*†‡§¶#a-z]{1,3}$/u;
const SYMBOL_START = /^([∗*†‡§¶])\s?(?=\S)/u;

/** The label a footnote starts with: a raised marker ("¹", "∗") or a footnote symbol. */
export function footnoteLabel(line: PlacedLine): string | null {
  const first = line.runs.find((run) => run.text.trim() !== "");
  if (first?.superscript && MARKER.test(first.text.trim()) && line.text.trim().length > first.text.trim().length + 1) return first.text.trim();
  return SYMBOL_START.exec(line.text.trim())?.[1] ?? null;
}

function columns(lines: PlacedLine[]): PlacedLine[][] {
  const out: PlacedLine[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last[0].column === line.column) last.push(line);
    else out.push([line]);
  }
  return out;
}

/**
 * Footnotes are the lines at the foot of a column set smaller than the body (or, at the
 * body size, set apart by white space and opening with a raised marker), each opening
 * with its marker. Unmarked small notes at the foot of the first page are publisher
 * notes; elsewhere unmarked small lines stay text (a table note, a small paragraph).
 */
export function findFootnotes(lines: PlacedLine[], body: number, spacing: number, pageHeights: Map<number, number>): FoundFootnotes {
  const found: FoundFootnotes = { footnotes: [], publisherNotes: [], rest: [] };
  for (const column of columns(lines)) {
    const small = (line: PlacedLine) => line.size < 0.92 * body;
    let start = column.length;
    // The run of small lines at the column's foot.
    while (start > 0 && small(column[start - 1])) start -= 1;
    // A body-size footnote set apart just above it ("∗Authors are members of…").
    for (let i = start - 1; i >= 0 && i >= start - 4; i -= 1) {
      const line = column[i];
      const height = pageHeights.get(line.page) ?? 792;
      const gapAbove = i > 0 ? line.y - column[i - 1].y : Infinity;
      if (footnoteLabel(line) && line.y > 0.55 * height && gapAbove > 1.4 * spacing) {
        start = i;
        break;
      }
    }
    if (start >= column.length) {
      found.rest.push(...column);
      continue;
    }
    const area = column.slice(start);
    found.rest.push(...column.slice(0, start));
    let current: FootnoteLines | null = null;
    let unmarked: PlacedLine[] = [];
    const flushUnmarked = () => {
      if (unmarked.length === 0) return;
      if (unmarked[0].page === 1 && !captionLabel(unmarked[0].text)) found.publisherNotes.push(unmarked);
      else found.rest.push(...unmarked);
      unmarked = [];
    };
    area.forEach((line, index) => {
      const previous = area[index - 1];
      const gap = previous ? line.y - previous.y : 0;
      const label = footnoteLabel(line);
      if (label) {
        flushUnmarked();
        current = { label, page: line.page, lines: [line] };
        found.footnotes.push(current);
      } else if (current && gap <= 1.5 * Math.max(spacing * (line.size / body), line.size * 1.05)) {
        current.lines.push(line);
      } else {
        current = null;
        unmarked.push(line);
      }
    });
    flushUnmarked();
  }
  return found;
}
