import { describe, expect, it } from "vitest";
import { layoutArgumentMap, wrapLabel, type MapInputNode, type MapLayoutNode } from "@/lib/debates/map-layout";

function overlaps(a: MapLayoutNode, b: MapLayoutNode) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A deterministic mixed-depth debate: each node's parent is one of the earlier nodes (or the root). */
function debate(count: number): MapInputNode[] {
  const nodes: MapInputNode[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const parent = i < 5 || next() < 0.1 ? null : nodes[Math.floor(next() * i)].id;
    nodes.push({ id: `a${i}`, parentId: parent, stance: next() < 0.5 ? "pro" : "con", label: `Argument ${i} `.repeat(1 + (i % 9)) });
  }
  return nodes;
}

describe("wrapLabel", () => {
  it("wraps by words and keeps short labels whole", () => {
    expect(wrapLabel("The system is opaque", 10, 4)).toEqual(["The system", "is opaque"]);
    expect(wrapLabel("short", 10, 4)).toEqual(["short"]);
    expect(wrapLabel("", 10, 4)).toEqual([""]);
  });

  it("cuts at maxLines with an ellipsis and never exceeds the line width", () => {
    const lines = wrapLabel("one two three four five six seven eight nine ten eleven twelve", 9, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith("…")).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(9);
  });

  it("breaks a word longer than a line", () => {
    const lines = wrapLabel("x".repeat(25), 10, 4);
    expect(lines).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    expect(wrapLabel("y".repeat(100), 10, 2)[1]).toMatch(/…$/);
  });
});

describe("layoutArgumentMap", () => {
  it("places children one column right of their parent, with an edge per node", () => {
    const layout = layoutArgumentMap("Will it lead to dystopia?", [
      { id: "p", parentId: null, stance: "pro", label: "Yes, because of surveillance" },
      { id: "c", parentId: null, stance: "con", label: "No, it is fragmented" },
      { id: "cc", parentId: "c", stance: "con", label: "Fragmentation is temporary" },
    ]);
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    expect(byId.get("p")!.depth).toBe(1);
    expect(byId.get("cc")!.depth).toBe(2);
    expect(byId.get("cc")!.x).toBeGreaterThan(byId.get("c")!.x + byId.get("c")!.width);
    expect(byId.get("p")!.x).toBeGreaterThan(layout.root.x + layout.root.width);
    expect(layout.edges).toEqual([
      { from: "root", to: "p", stance: "pro" },
      { from: "root", to: "c", stance: "con" },
      { from: "c", to: "cc", stance: "con" },
    ]);
    expect(layout.root.lines.join(" ")).toBe("Will it lead to dystopia?");
  });

  it("puts pinned siblings first", () => {
    const layout = layoutArgumentMap("Q", [
      { id: "a", parentId: null, stance: "pro", label: "a" },
      { id: "b", parentId: null, stance: "con", label: "b", pinned: true },
    ]);
    expect(layout.nodes.map((node) => node.id)).toEqual(["b", "a"]);
    expect(layout.nodes[0].y).toBeLessThan(layout.nodes[1].y);
    expect(layout.nodes[0].pinned).toBe(true);
  });

  it("loses no node: unknown parents and cycles are attached to the root", () => {
    const layout = layoutArgumentMap("Q", [
      { id: "a", parentId: "missing", stance: "pro", label: "a" },
      { id: "x", parentId: "y", stance: "pro", label: "x" },
      { id: "y", parentId: "x", stance: "con", label: "y" },
      { id: "a", parentId: null, stance: "con", label: "duplicate id" },
    ]);
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(["a", "x", "y"]);
    for (const edge of layout.edges) expect(edge.from === "root" || layout.nodes.some((node) => node.id === edge.from)).toBe(true);
  });

  it("lays out 2,000 mixed-depth nodes without any overlap, all inside the canvas", () => {
    const input = debate(2000);
    const layout = layoutArgumentMap("A long question ".repeat(8), input);
    expect(layout.nodes).toHaveLength(2000);
    // Boxes of one column can only collide with boxes of the same column; sort by y and check neighbours.
    const columns = new Map<number, MapLayoutNode[]>();
    for (const node of layout.nodes) {
      expect(node.lines.length).toBeLessThanOrEqual(4);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
      const column = columns.get(node.depth) ?? [];
      column.push(node);
      columns.set(node.depth, column);
    }
    for (const column of columns.values()) {
      column.sort((a, b) => a.y - b.y);
      for (let i = 1; i < column.length; i++) expect(overlaps(column[i - 1], column[i])).toBe(false);
    }
    // Every child is exactly one column right of its parent.
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const node of layout.nodes) {
      if (!node.parentId) continue;
      expect(byId.get(node.parentId)!.depth).toBe(node.depth - 1);
    }
  });

  it("handles a chain 3,000 deep without recursion", () => {
    const chain: MapInputNode[] = Array.from({ length: 3000 }, (_, i) => ({ id: `n${i}`, parentId: i === 0 ? null : `n${i - 1}`, stance: i % 2 ? "con" : "pro", label: `${i}` }));
    const layout = layoutArgumentMap("Q", chain);
    expect(layout.nodes.at(-1)!.depth).toBe(3000);
  });

  it("lays out an empty debate as the root alone", () => {
    const layout = layoutArgumentMap("Only a question", []);
    expect(layout.nodes).toEqual([]);
    expect(layout.height).toBeGreaterThanOrEqual(layout.root.height);
  });
});
