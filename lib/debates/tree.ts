/**
 * The argument tree as pure data, so every structural change (add, move, merge, undo a merge)
 * is checked by the same functions the unit tests exercise. A merged node stays in the tree
 * (nothing is lost) but is not part of the active structure: it has no children and points to
 * the node it was merged into. Its parentId is kept so an undo can put it back.
 */
export interface TreeNode {
  id: string;
  parentId: string | null;
  mergedIntoId: string | null;
}

export type Tree = ReadonlyMap<string, TreeNode>;

export class TreeError extends Error {
  constructor(
    readonly code: "missing" | "duplicate" | "cycle" | "merged" | "self" | "invariant",
    message: string,
  ) {
    super(message);
    this.name = "TreeError";
  }
}

export function buildTree(nodes: Iterable<TreeNode>): Tree {
  const tree = new Map<string, TreeNode>();
  for (const node of nodes) tree.set(node.id, { id: node.id, parentId: node.parentId, mergedIntoId: node.mergedIntoId });
  return tree;
}

function isActive(node: TreeNode | undefined): boolean {
  return node !== undefined && node.mergedIntoId === null;
}

function activeNode(tree: Tree, id: string): TreeNode {
  const node = tree.get(id);
  if (!node) throw new TreeError("missing", `No node ${id}.`);
  if (!isActive(node)) throw new TreeError("merged", `Node ${id} is merged.`);
  return node;
}

/** Active children by parent (null: the roots), in insertion order. */
export function childrenIndex(tree: Tree): Map<string | null, string[]> {
  const index = new Map<string | null, string[]>();
  for (const node of tree.values()) {
    if (!isActive(node)) continue;
    const list = index.get(node.parentId) ?? [];
    list.push(node.id);
    index.set(node.parentId, list);
  }
  return index;
}

/** The ids above `id`, nearest first (the node itself excluded). Stops at a cycle rather than looping. */
export function ancestors(tree: Tree, id: string): string[] {
  const seen = new Set<string>([id]);
  const result: string[] = [];
  for (let parent = tree.get(id)?.parentId ?? null; parent !== null; parent = tree.get(parent)?.parentId ?? null) {
    if (seen.has(parent)) break;
    seen.add(parent);
    result.push(parent);
  }
  return result;
}

/** True when walking up from `id` comes back to it. */
function onCycle(tree: Tree, id: string): boolean {
  const seen = new Set<string>();
  for (let parent = tree.get(id)?.parentId ?? null; parent !== null && !seen.has(parent); parent = tree.get(parent)?.parentId ?? null) {
    if (parent === id) return true;
    seen.add(parent);
  }
  return false;
}

/** True when putting `id` under `newParentId` would make it its own ancestor. */
export function wouldCycle(tree: Tree, id: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  return newParentId === id || ancestors(tree, newParentId).includes(id);
}

/** `id` and every active node below it. */
export function subtree(tree: Tree, id: string): Set<string> {
  const index = childrenIndex(tree);
  const result = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (result.has(next)) continue;
    result.add(next);
    stack.push(...(index.get(next) ?? []));
  }
  return result;
}

function withNodes(tree: Tree, changed: TreeNode[]): Tree {
  const next = new Map(tree);
  for (const node of changed) next.set(node.id, node);
  return next;
}

export function addNode(tree: Tree, node: { id: string; parentId: string | null }): Tree {
  if (tree.has(node.id)) throw new TreeError("duplicate", `Node ${node.id} already exists.`);
  if (node.parentId !== null) activeNode(tree, node.parentId);
  return withNodes(tree, [{ id: node.id, parentId: node.parentId, mergedIntoId: null }]);
}

export function moveNode(tree: Tree, id: string, newParentId: string | null): Tree {
  const node = activeNode(tree, id);
  if (newParentId !== null) activeNode(tree, newParentId);
  if (wouldCycle(tree, id, newParentId)) throw new TreeError("cycle", "A node cannot move into its own subtree.");
  return withNodes(tree, [{ ...node, parentId: newParentId }]);
}

/** Merges `sourceId` into `targetId`: the source's active children move to the target. */
export function mergeNodes(tree: Tree, sourceId: string, targetId: string): { tree: Tree; movedChildIds: string[] } {
  if (sourceId === targetId) throw new TreeError("self", "A node cannot be merged into itself.");
  const source = activeNode(tree, sourceId);
  activeNode(tree, targetId);
  if (subtree(tree, sourceId).has(targetId)) throw new TreeError("cycle", "A node cannot be merged into its own descendant.");
  const movedChildIds = childrenIndex(tree).get(sourceId) ?? [];
  const moved = movedChildIds.map((childId) => ({ ...tree.get(childId)!, parentId: targetId }));
  return { tree: withNodes(tree, [...moved, { ...source, mergedIntoId: targetId }]), movedChildIds };
}

/** Where an undone merge's source goes back: its old parent, or where that parent was merged. */
function restingParent(tree: Tree, parentId: string | null): string | null {
  const seen = new Set<string>();
  let current = parentId;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const node = tree.get(current);
    if (!node) return null;
    if (isActive(node)) return current;
    current = node.mergedIntoId;
  }
  return null;
}

export interface UnmergePlan {
  tree: Tree;
  /** The source's parent after the undo. */
  parentId: string | null;
  /** The moved children that went back (those still children of the target). */
  returnedChildIds: string[];
}

/**
 * Undoes a merge: the source becomes active again under its old parent (or where that parent
 * now lives), and the moved children still under the target go back to it. Should the old
 * parent have been moved into one of those children meanwhile, the source becomes a root
 * instead, so no cycle can form.
 */
export function unmergeNodes(tree: Tree, merge: { sourceId: string; targetId: string; movedChildIds: string[] }): UnmergePlan {
  const source = tree.get(merge.sourceId);
  if (!source) throw new TreeError("missing", `No node ${merge.sourceId}.`);
  if (source.mergedIntoId === null) throw new TreeError("invariant", "This node is not merged.");
  const returnedChildIds = merge.movedChildIds.filter((childId) => {
    const child = tree.get(childId);
    return isActive(child) && child!.parentId === merge.targetId;
  });
  const returned = returnedChildIds.map((childId) => ({ ...tree.get(childId)!, parentId: merge.sourceId }));
  let parentId = restingParent(tree, source.parentId);
  const attempt = (parent: string | null) => withNodes(tree, [...returned, { ...source, parentId: parent, mergedIntoId: null }]);
  let next = attempt(parentId);
  if (parentId !== null && onCycle(next, merge.sourceId)) {
    parentId = null;
    next = attempt(null);
  }
  return { tree: next, parentId, returnedChildIds };
}

/** Ids in display order: depth-first, siblings ordered by `compare`, roots first. */
export function depthFirstOrder(tree: Tree, compare: (a: string, b: string) => number = () => 0): string[] {
  const index = childrenIndex(tree);
  const order: string[] = [];
  const visit = (parentId: string | null) => {
    for (const id of [...(index.get(parentId) ?? [])].sort(compare)) {
      order.push(id);
      visit(id);
    }
  };
  visit(null);
  return order;
}

/**
 * The invariants every change keeps: each active node hangs under an active parent (or is a
 * root) with no cycle, so a depth-first walk reaches every active node exactly once; each
 * merged node points to an existing node. Throws a TreeError("invariant") naming the first break.
 */
export function checkInvariants(tree: Tree): void {
  for (const node of tree.values()) {
    if (node.mergedIntoId !== null) {
      if (!tree.has(node.mergedIntoId)) throw new TreeError("invariant", `Node ${node.id} is merged into a missing node.`);
      if (node.mergedIntoId === node.id) throw new TreeError("invariant", `Node ${node.id} is merged into itself.`);
      continue;
    }
    if (node.parentId !== null && !isActive(tree.get(node.parentId))) throw new TreeError("invariant", `Node ${node.id} hangs under a missing or merged node.`);
  }
  const reached = depthFirstOrder(tree);
  const active = [...tree.values()].filter(isActive).length;
  if (reached.length !== active || new Set(reached).size !== reached.length) throw new TreeError("invariant", "Some nodes are unreachable from the roots (a cycle).");
}
