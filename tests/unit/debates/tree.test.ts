import { describe, expect, it } from "vitest";
import { addNode, buildTree, checkInvariants, depthFirstOrder, mergeNodes, moveNode, unmergeNodes, wouldCycle, type Tree, TreeError } from "@/lib/debates/tree";

const node = (id: string, parentId: string | null = null) => ({ id, parentId, mergedIntoId: null });

/** root a: a1 (a1x), a2; root b */
function sample(): Tree {
  return buildTree([node("a"), node("a1", "a"), node("a1x", "a1"), node("a2", "a"), node("b")]);
}

describe("argument tree", () => {
  it("adds under an active parent, refuses duplicates and missing or merged parents", () => {
    const tree = addNode(sample(), { id: "c", parentId: "a2" });
    expect(depthFirstOrder(tree)).toEqual(["a", "a1", "a1x", "a2", "c", "b"]);
    expect(() => addNode(tree, { id: "c", parentId: null })).toThrow(TreeError);
    expect(() => addNode(tree, { id: "d", parentId: "nope" })).toThrow(/No node/);
    const merged = mergeNodes(tree, "b", "a").tree;
    expect(() => addNode(merged, { id: "d", parentId: "b" })).toThrow(/merged/);
  });

  it("moves a subtree, and refuses moving into itself or its descendants", () => {
    const moved = moveNode(sample(), "a1", "b");
    expect(depthFirstOrder(moved)).toEqual(["a", "a2", "b", "a1", "a1x"]);
    expect(wouldCycle(sample(), "a", "a1x")).toBe(true);
    expect(wouldCycle(sample(), "a1", "a1")).toBe(true);
    expect(wouldCycle(sample(), "a1", null)).toBe(false);
    expect(() => moveNode(sample(), "a", "a1x")).toThrow(expect.objectContaining({ code: "cycle" }));
    checkInvariants(moveNode(sample(), "a1x", null));
  });

  it("merges: the source's children move to the target; into its own descendant or itself is refused", () => {
    const { tree, movedChildIds } = mergeNodes(sample(), "a1", "b");
    expect(movedChildIds).toEqual(["a1x"]);
    expect(tree.get("a1")).toEqual({ id: "a1", parentId: "a", mergedIntoId: "b" });
    expect(depthFirstOrder(tree)).toEqual(["a", "a2", "b", "a1x"]);
    checkInvariants(tree);
    expect(() => mergeNodes(sample(), "a", "a1x")).toThrow(expect.objectContaining({ code: "cycle" }));
    expect(() => mergeNodes(sample(), "a", "a")).toThrow(expect.objectContaining({ code: "self" }));
    expect(() => mergeNodes(tree, "a1", "a2")).toThrow(expect.objectContaining({ code: "merged" }));
  });

  it("unmerges: the source returns under its old parent with the children still under the target", () => {
    const merged = mergeNodes(buildTree([...sample().values(), node("a1y", "a1")]), "a1", "b");
    const oneMovedAway = moveNode(merged.tree, "a1y", "a2");
    const plan = unmergeNodes(oneMovedAway, { sourceId: "a1", targetId: "b", movedChildIds: merged.movedChildIds });
    expect(plan.returnedChildIds).toEqual(["a1x"]);
    expect(plan.parentId).toBe("a");
    expect(depthFirstOrder(plan.tree)).toEqual(["a", "a1", "a1x", "a2", "a1y", "b"]);
    checkInvariants(plan.tree);
  });

  it("unmerges to the root when the old parent now sits below a returning child (no cycle)", () => {
    const merged = mergeNodes(sample(), "a1", "b");
    const tangled = moveNode(merged.tree, "a", "a1x");
    const plan = unmergeNodes(tangled, { sourceId: "a1", targetId: "b", movedChildIds: merged.movedChildIds });
    expect(plan.parentId).toBeNull();
    checkInvariants(plan.tree);
  });

  it("an undone merge's source goes where its merged parent went", () => {
    const first = mergeNodes(sample(), "a1x", "a2");
    const second = mergeNodes(first.tree, "a1", "b");
    const plan = unmergeNodes(second.tree, { sourceId: "a1x", targetId: "a2", movedChildIds: [] });
    expect(plan.parentId).toBe("b");
    checkInvariants(plan.tree);
  });

  it("orders siblings with the comparator, depth-first", () => {
    const order = depthFirstOrder(sample(), (x, y) => y.localeCompare(x));
    expect(order).toEqual(["b", "a", "a2", "a1", "a1x"]);
  });

  it("checkInvariants finds cycles and lost nodes", () => {
    expect(() => checkInvariants(buildTree([node("x", "y"), node("y", "x")]))).toThrow(/unreachable/);
    expect(() => checkInvariants(buildTree([node("x", "gone")]))).toThrow(/missing or merged/);
    expect(() => checkInvariants(buildTree([{ id: "x", parentId: null, mergedIntoId: "gone" }]))).toThrow(/missing node/);
  });

  it("keeps its invariants through a random sequence of operations", () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    let tree: Tree = buildTree([]);
    const merges: { sourceId: string; targetId: string; movedChildIds: string[] }[] = [];
    let next = 0;
    for (let step = 0; step < 2_000; step++) {
      const ids = [...tree.keys()];
      const active = ids.filter((id) => tree.get(id)!.mergedIntoId === null);
      const pick = (list: string[]) => (list.length === 0 ? null : list[random(list.length)]);
      const op = random(4);
      try {
        if (op === 0 || active.length < 3) tree = addNode(tree, { id: `n${next++}`, parentId: random(3) === 0 ? null : pick(active) });
        else if (op === 1) tree = moveNode(tree, pick(active)!, random(4) === 0 ? null : pick(active));
        else if (op === 2) {
          const sourceId = pick(active)!;
          const targetId = pick(active)!;
          const result = mergeNodes(tree, sourceId, targetId);
          tree = result.tree;
          merges.push({ sourceId, targetId, movedChildIds: result.movedChildIds });
        } else if (merges.length > 0) {
          const merge = merges.splice(random(merges.length), 1)[0];
          tree = unmergeNodes(tree, merge).tree;
        }
      } catch (error) {
        // Refused operations (cycles, merged targets) must leave the tree as it was.
        expect(error).toBeInstanceOf(TreeError);
      }
      checkInvariants(tree);
      const activeCount = [...tree.values()].filter((n) => n.mergedIntoId === null).length;
      expect(depthFirstOrder(tree)).toHaveLength(activeCount);
      expect(tree.size).toBe(next);
    }
  });
});
