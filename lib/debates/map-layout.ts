/**
 * Pure layout of an argument map: the question as the root on the left, each argument one column
 * to the right of its parent. Used in the browser (the Map view) and on the server (the report's
 * SVG), so it knows nothing of the DOM: text is wrapped by an estimated character width.
 *
 * The layout is a tidy tree in O(n): every subtree owns a horizontal band of rows that no other
 * subtree touches, and a parent sits in the middle of its children's band. Bands of siblings are
 * stacked, so no two boxes overlap however deep or wide the debate is (2,000 nodes stay legible:
 * each box keeps its size, the map just grows taller and is panned).
 */

export interface MapInputNode {
  id: string;
  parentId: string | null;
  stance: "pro" | "con";
  label: string;
  pinned?: boolean;
  hidden?: boolean;
}

export interface MapLayoutNode {
  id: string;
  parentId: string | null;
  stance: "pro" | "con";
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label wrapped to the box: at most maxLines lines, the last one ending in "…" when cut. */
  lines: string[];
  depth: number;
  pinned: boolean;
  hidden: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  root: { x: number; y: number; width: number; height: number; lines: string[] };
  nodes: MapLayoutNode[];
  edges: { from: string; to: string; stance: "pro" | "con" }[];
}

export interface MapLayoutOptions {
  nodeWidth?: number;
  rootWidth?: number;
  /** Horizontal gap between columns (room for the edges). */
  columnGap?: number;
  /** Vertical gap between sibling boxes. */
  rowGap?: number;
  lineHeight?: number;
  /** Average glyph width of the label font, for wrapping without measuring. */
  charWidth?: number;
  padding?: number;
  maxLines?: number;
  /** Extra height above the text for the stance badge line. */
  headerHeight?: number;
  margin?: number;
}

const defaults: Required<MapLayoutOptions> = {
  nodeWidth: 220,
  rootWidth: 240,
  columnGap: 48,
  rowGap: 12,
  lineHeight: 16,
  charWidth: 7,
  padding: 8,
  maxLines: 4,
  headerHeight: 18,
  margin: 16,
};

/** Wraps text into lines of at most `perLine` characters, word by word; cuts with an ellipsis. */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const width = Math.max(4, Math.floor(perLine));
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    // A word longer than a line is broken across lines.
    while (word.length > width) {
      if (current) {
        lines.push(current);
        current = "";
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
      if (lines.length >= maxLines) break;
    }
    if (lines.length >= maxLines) {
      cut = word.length > 0 || i < words.length - 1;
      break;
    }
    if (!word) continue;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= width) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length >= maxLines) {
      cut = true;
      current = "";
      break;
    }
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    cut = true;
  }
  if (cut && lines.length > 0) {
    const last = lines[lines.length - 1];
    lines[lines.length - 1] = (last.length >= width ? last.slice(0, width - 1) : last).replace(/\s+$/, "") + "…";
  }
  return lines.length > 0 ? lines : [""];
}

export function layoutArgumentMap(question: string, input: MapInputNode[], options: MapLayoutOptions = {}): MapLayout {
  const o = { ...defaults, ...options };
  const perLine = (o.nodeWidth - 2 * o.padding) / o.charWidth;
  const rootPerLine = (o.rootWidth - 2 * o.padding) / o.charWidth;

  // Children in input order, pinned ones first (a stable partition). Unknown parents and
  // duplicate ids are attached to the root / dropped, so a bad listing never loses a node.
  const byId = new Map<string, MapInputNode>();
  for (const node of input) if (!byId.has(node.id)) byId.set(node.id, node);
  const children = new Map<string, MapInputNode[]>();
  const rootKey = "\u0000root";
  for (const node of byId.values()) {
    const key = node.parentId !== null && byId.has(node.parentId) && node.parentId !== node.id ? node.parentId : rootKey;
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(node);
  }
  for (const [key, list] of children) {
    if (list.some((node) => node.pinned)) children.set(key, [...list.filter((n) => n.pinned), ...list.filter((n) => !n.pinned)]);
  }

  // Pre-order walk from the root (iterative: a 2,000-deep chain must not blow the stack). Nodes
  // caught in a parent cycle are never reached from the root; they are appended under it after.
  const order: { node: MapInputNode; depth: number; parent: string | null }[] = [];
  const seen = new Set<string>();
  const walk = (start: MapInputNode[], depth: number) => {
    const stack: { node: MapInputNode; depth: number }[] = [];
    for (let i = start.length - 1; i >= 0; i--) stack.push({ node: start[i], depth });
    while (stack.length > 0) {
      const { node, depth: d } = stack.pop()!;
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      order.push({ node, depth: d, parent: d === 1 ? null : node.parentId });
      const kids = children.get(node.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], depth: d + 1 });
    }
  };
  walk(children.get(rootKey) ?? [], 1);
  const unreached = [...byId.values()].filter((node) => !seen.has(node.id));
  if (unreached.length > 0) walk(unreached, 1);

  const nodes: MapLayoutNode[] = order.map(({ node, depth, parent }) => {
    const lines = wrapLabel(node.hidden ? node.label || "Hidden by a moderator" : node.label, perLine, o.maxLines);
    return {
      id: node.id,
      parentId: parent,
      stance: node.stance,
      x: o.margin + o.rootWidth + o.columnGap + (depth - 1) * (o.nodeWidth + o.columnGap),
      y: 0,
      width: o.nodeWidth,
      height: o.headerHeight + lines.length * o.lineHeight + 2 * o.padding,
      lines,
      depth,
      pinned: Boolean(node.pinned),
      hidden: Boolean(node.hidden),
    };
  });

  // Band heights bottom-up: reverse pre-order visits children before their parent.
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node.id, i));
  const kidsOf: number[][] = nodes.map(() => []);
  const topLevel: number[] = [];
  nodes.forEach((node, i) => {
    if (node.parentId === null) topLevel.push(i);
    else kidsOf[index.get(node.parentId)!].push(i);
  });
  const band = new Float64Array(nodes.length);
  for (let i = nodes.length - 1; i >= 0; i--) {
    let sum = 0;
    for (const k of kidsOf[i]) sum += band[k];
    if (kidsOf[i].length > 0) sum += (kidsOf[i].length - 1) * o.rowGap;
    band[i] = Math.max(nodes[i].height, sum);
  }

  // Place top-down: each node is centred in its band, its children's bands stacked inside it.
  const rootLines = wrapLabel(question, rootPerLine, 6);
  const rootHeight = o.headerHeight + rootLines.length * o.lineHeight + 2 * o.padding;
  let topSum = 0;
  for (const k of topLevel) topSum += band[k];
  if (topLevel.length > 0) topSum += (topLevel.length - 1) * o.rowGap;
  const contentHeight = Math.max(rootHeight, topSum);
  const bandTop = new Float64Array(nodes.length);
  const stackBands = (kids: number[], top: number, available: number) => {
    let used = 0;
    for (const k of kids) used += band[k];
    used += Math.max(0, kids.length - 1) * o.rowGap;
    let cursor = top + (available - used) / 2;
    for (const k of kids) {
      bandTop[k] = cursor;
      cursor += band[k] + o.rowGap;
    }
  };
  stackBands(topLevel, o.margin, contentHeight);
  for (let i = 0; i < nodes.length; i++) {
    nodes[i].y = bandTop[i] + (band[i] - nodes[i].height) / 2;
    if (kidsOf[i].length > 0) stackBands(kidsOf[i], bandTop[i], band[i]);
  }

  const maxDepth = nodes.reduce((max, node) => Math.max(max, node.depth), 0);
  const root = { x: o.margin, y: o.margin + (contentHeight - rootHeight) / 2, width: o.rootWidth, height: rootHeight, lines: rootLines };
  return {
    width: 2 * o.margin + o.rootWidth + maxDepth * (o.nodeWidth + o.columnGap),
    height: 2 * o.margin + contentHeight,
    root,
    nodes,
    edges: nodes.map((node) => ({ from: node.parentId ?? "root", to: node.id, stance: node.stance })),
  };
}
