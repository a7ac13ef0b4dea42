import { recombineAccents } from "./clean-text";
import type { FontStyle, Line, LineRun, TextItem } from "./types";

interface Member {
  item: TextItem;
  superscript: boolean;
}

interface Cluster {
  y: number;
  size: number;
  members: Member[];
}

/**
 * Word and some PDF writers draw a text twice at the same place (a fake bold, a header
 * layer): one copy is the text.
 */
export function dropOverprints(items: TextItem[]): TextItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.text.trim() === "") return true;
    const key = `${item.text}@${Math.round(item.x)},${Math.round(item.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A gap wider than this many font sizes separates two pieces of text on one baseline. */
export const COLUMN_GAP = 1.2;

function mostCommonSize(members: Member[]): number {
  const weight = new Map<number, number>();
  for (const { item } of members) {
    const key = Math.round(item.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + item.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight || (w === bestWeight && size > best)) [best, bestWeight] = [size, w];
  return best;
}

/**
 * Groups items by baseline, then attaches small raised or lowered items (footnote calls,
 * exponents, subscripts) to the line they sit on when they touch it horizontally.
 */
function clusterBaselines(items: TextItem[]): Cluster[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const clusters: Cluster[] = [];
  for (const item of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && Math.abs(item.y - last.y) <= 0.2 * Math.min(item.size, last.size) && Math.abs(item.size - last.size) < 0.3 * last.size) {
      last.members.push({ item, superscript: false });
    } else {
      clusters.push({ y: item.y, size: item.size, members: [{ item, superscript: false }] });
    }
  }
  for (const cluster of clusters) cluster.size = mostCommonSize(cluster.members);
  // Small items that sit within a larger line's height, next to its text, belong to it.
  for (let i = 0; i < clusters.length; i += 1) {
    const small = clusters[i];
    for (const neighbour of [clusters[i - 1], clusters[i + 1], clusters[i - 2], clusters[i + 2]]) {
      if (!neighbour || neighbour.members.length === 0 || small.members.length === 0) continue;
      // A marker set at the text size but raised ("∗Authors are…") is attached too.
      const markerOnly = small.members.every(({ item }) => /^[\s∗*†‡§¶#$+\d,]{1,3}$/u.test(item.text));
      if (small.size >= 0.9 * neighbour.size && !(markerOnly && small.y < neighbour.y - 0.2 * neighbour.size)) continue;
      const offset = small.y - neighbour.y; // negative: raised
      if (offset < -0.6 * neighbour.size || offset > 0.35 * neighbour.size) continue;
      const keep: Member[] = [];
      for (const member of small.members) {
        const near = neighbour.members.some(
          ({ item }) => member.item.x <= item.x + item.width + 0.5 * neighbour.size && member.item.x + member.item.width >= item.x - 0.5 * neighbour.size,
        );
        if (near) neighbour.members.push({ item: member.item, superscript: offset < -0.15 * neighbour.size });
        else keep.push(member);
      }
      small.members = keep;
    }
  }
  return clusters.filter((cluster) => cluster.members.length > 0);
}

function combineStyles(runs: LineRun[], pick: (style: FontStyle) => boolean): boolean {
  let letters = 0;
  let styled = 0;
  for (const run of runs) {
    const count = (run.text.match(/\p{L}/gu) ?? []).length;
    letters += count;
    if (pick(run.style)) styled += count;
  }
  return letters > 0 && styled === letters;
}

function mathShare(runs: LineRun[]): number {
  let total = 0;
  let math = 0;
  for (const run of runs) {
    const count = run.text.replace(/\s/g, "").length;
    total += count;
    if (run.style.math) math += count;
  }
  return total === 0 ? 0 : math / total;
}

/** Joins a line's runs into its text: a space where the gap between them is a word space. */
function joinRuns(runs: LineRun[]): string {
  let text = "";
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const size = Math.min(run.size, previous.size);
      if (gap > 0.15 * size && !run.superscript && !/\s$/.test(text) && !/^\s/.test(run.text)) text += " ";
    }
    text += run.text;
  });
  return recombineAccents(text.replace(/\s+/g, " ").trim());
}

export function makeLine(page: number, runs: LineRun[], y: number, size: number, cells = 1): Line {
  const text = joinRuns(runs);
  const x0 = Math.min(...runs.map((run) => run.x));
  const x1 = Math.max(...runs.map((run) => run.x + run.width));
  return {
    page,
    text,
    runs,
    x0,
    x1,
    y,
    top: y - size,
    size,
    bold: combineStyles(runs, (style) => style.bold),
    italic: combineStyles(runs, (style) => style.italic),
    monospace: combineStyles(runs, (style) => style.monospace),
    mathShare: mathShare(runs),
    cells,
  };
}

/**
 * A page's items as line fragments: pieces of text on one baseline without a gap wider
 * than COLUMN_GAP font sizes. Two columns side by side give two fragments per baseline;
 * the column finder decides which belong together.
 */
export function buildLines(page: number, items: TextItem[]): Line[] {
  const lines: Line[] = [];
  for (const cluster of clusterBaselines(dropOverprints(items))) {
    const members = [...cluster.members].sort((a, b) => a.item.x - b.item.x);
    let group: Member[] = [];
    let groupEnd = -Infinity;
    const flush = () => {
      const runs = group.map(({ item, superscript }) => ({ text: item.text, x: item.x, width: item.width, size: item.size, style: item.style, superscript }));
      if (runs.some((run) => run.text.trim() !== "")) {
        // The fragment's own size: the baseline may be shared with another column's text.
        const line = makeLine(page, runs, cluster.y, mostCommonSize(group));
        if (line.text !== "") lines.push(line);
      }
      group = [];
    };
    for (const member of members) {
      const gap = member.item.x - groupEnd;
      if (group.length > 0 && gap > COLUMN_GAP * cluster.size && member.item.text.trim() !== "") flush();
      // A space item only separates words: it never bridges a gutter or starts a fragment.
      if (member.item.text.trim() === "") continue;
      group.push(member);
      groupEnd = Math.max(groupEnd, member.item.x + member.item.width);
    }
    flush();
  }
  return attachMarkers(page, lines);
}

const MARKER_TEXT = /^[∗*†‡§¶#$+\d,a-z]{1,3}$/u;

/**
 * A raised marker that landed on another column's baseline ("∗" before a footnote, "1"
 * after "JabRef") is a fragment of its own; it joins the fragment it touches.
 */
function attachMarkers(page: number, lines: Line[]): Line[] {
  const out = new Set(lines);
  for (const marker of lines) {
    if (!MARKER_TEXT.test(marker.text) || marker.runs.length !== 1) continue;
    const host = lines.find((line) => {
      if (line === marker || !out.has(line)) return false;
      const raised = line.y - marker.y;
      if (raised < 0.15 * line.size || raised > 0.6 * line.size) return false;
      return Math.abs(line.x0 - marker.x1) < 0.5 * line.size || Math.abs(marker.x0 - line.x1) < 0.5 * line.size;
    });
    if (!host) continue;
    const runs = [...host.runs, { ...marker.runs[0], superscript: true }].sort((a, b) => a.x - b.x);
    out.delete(host);
    out.delete(marker);
    out.add(makeLine(page, runs, host.y, host.size, host.cells));
  }
  return lines.filter((line) => out.has(line)).concat([...out].filter((line) => !lines.includes(line)));
}

/** Fragments of one column on the same baseline become one line (a table row keeps its cell count). */
export function mergeFragments(fragments: Line[]): Line[] {
  const sorted = [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const out: Line[] = [];
  let group: Line[] = [];
  const flush = () => {
    if (group.length === 1) out.push(group[0]);
    else if (group.length > 1) {
      const runs = group.flatMap((line) => line.runs);
      const size = Math.max(...group.map((line) => line.size));
      out.push(makeLine(group[0].page, runs, group[0].y, size, group.length));
    }
    group = [];
  };
  for (const line of sorted) {
    const last = group[group.length - 1];
    if (last && Math.abs(line.y - last.y) <= 0.2 * Math.min(line.size, last.size)) group.push(line);
    else {
      flush();
      group.push(line);
    }
  }
  flush();
  return out;
}

export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  superscript: boolean;
}

/**
 * A line's text cut where its style changes (a bold run-in, an italic term, a raised
 * footnote call), with the word spaces of `joinRuns`. Accents are recombined within each
 * piece; a TeX accent never sits across a change of font.
 */
export function lineSegments(line: Line): Segment[] {
  const segments: Segment[] = [];
  line.runs.forEach((run, index) => {
    const previous = line.runs[index - 1];
    let separator = "";
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      if (gap > 0.15 * Math.min(run.size, previous.size) && !run.superscript) separator = " ";
    }
    const last = segments[segments.length - 1];
    const style = { bold: run.style.bold, italic: run.style.italic, superscript: run.superscript };
    if (last && last.bold === style.bold && last.italic === style.italic && last.superscript === style.superscript) last.text += separator + run.text;
    else segments.push({ text: separator + run.text, ...style }); // a space belongs to the plain text after a call
  });
  const out = segments.map((segment) => ({ ...segment, text: recombineAccents(segment.text.replace(/\s+/g, " ")) }));
  if (out.length > 0) {
    out[0].text = out[0].text.replace(/^ /, "");
    out[out.length - 1].text = out[out.length - 1].text.replace(/ $/, "");
  }
  return out.filter((segment) => segment.text !== "");
}
