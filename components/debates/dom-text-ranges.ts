/**
 * Plain-text offsets over the server-rendered paper (PaperStatic), in the browser. The
 * canonical plain text joins the paper's textblocks with "\n\n" and counts a hard break as one
 * character (lib/documents/text-positions.ts); the static HTML renders each textblock as one
 * p / h1–h6 / pre element, so walking those elements in order gives the same offsets.
 */
const TEXTBLOCKS = "p, h1, h2, h3, h4, h5, h6, pre";
const SEPARATOR = 2;

interface Segment {
  node: Text | HTMLBRElement;
  start: number;
  length: number;
}

export interface PaperTextIndex {
  text: string;
  segments: Segment[];
}

/** Indexes the text of a rendered paper once; every lookup below is a binary search on it. */
export function indexPaperText(root: HTMLElement): PaperTextIndex {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let offset = 0;
  const blocks = [...root.querySelectorAll<HTMLElement>(TEXTBLOCKS)].filter((block) => !block.parentElement?.closest(TEXTBLOCKS));
  blocks.forEach((block, index) => {
    if (index > 0) {
      parts.push("\n\n");
      offset += SEPARATOR;
    }
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text && node.data.length > 0) {
        segments.push({ node, start: offset, length: node.data.length });
        parts.push(node.data);
        offset += node.data.length;
      } else if (node instanceof HTMLBRElement) {
        segments.push({ node, start: offset, length: 1 });
        parts.push("\n");
        offset += 1;
      }
    }
  });
  return { text: parts.join(""), segments };
}

function locate(index: PaperTextIndex, offset: number, bias: "start" | "end"): { node: Node; offset: number } | null {
  const { segments } = index;
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found === -1) return segments.length ? { node: segments[0].node, offset: 0 } : null;
  let segment = segments[found];
  // An end that falls exactly on a segment's start belongs to the previous one (no empty tail).
  if (bias === "end" && offset === segment.start && found > 0) segment = segments[found - 1];
  const within = Math.min(segment.length, Math.max(0, offset - segment.start));
  if (segment.node instanceof Text) return { node: segment.node, offset: within };
  const parent = segment.node.parentNode!;
  const at = Array.prototype.indexOf.call(parent.childNodes, segment.node) + (within > 0 ? 1 : 0);
  return { node: parent, offset: at };
}

/**
 * The DOM range of a passage. The quote is authoritative (offsets are kept from the time the
 * argument was written and the paper may have been revised since): the occurrence nearest to
 * `start` wins; without a quote the offsets are used as they are.
 */
export function domRangeOf(index: PaperTextIndex, start: number, end: number, quote?: string): Range | null {
  let from = start;
  let to = end;
  if (quote && index.text.slice(start, end) !== quote) {
    let best = -1;
    for (let at = index.text.indexOf(quote); at !== -1; at = index.text.indexOf(quote, at + 1)) {
      if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
      if (at > start) break;
    }
    if (best === -1) return null;
    from = best;
    to = best + quote.length;
  }
  if (from < 0 || to <= from || from >= index.text.length) return null;
  const a = locate(index, from, "start");
  const b = locate(index, Math.min(to, index.text.length), "end");
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The plain-text offsets of a DOM point inside the paper, or null when it is outside every block. */
function offsetOf(index: PaperTextIndex, node: Node, offset: number): number | null {
  if (node instanceof Text) {
    const segment = index.segments.find((entry) => entry.node === node);
    return segment ? segment.start + Math.min(offset, segment.length) : null;
  }
  // An element boundary: the first text at or after it.
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const segment of index.segments) {
    if (probe.comparePoint(segment.node, 0) >= 0) return segment.start;
  }
  return index.text.length;
}

/** The selected passage of the paper (plain-text offsets and quote), or null. */
export function selectionPassage(index: PaperTextIndex, root: HTMLElement): { start: number; end: number; quote: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(index, range.startContainer, range.startOffset);
  const end = offsetOf(index, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const quote = index.text.slice(start, end);
  return quote.trim() ? { start, end, quote } : null;
}
