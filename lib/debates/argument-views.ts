import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { colorForEmail } from "@/lib/auth/user-colors";
import { storedEvidence } from "@/lib/claims/evidence";
import { presentPerson } from "@/lib/threads/present";
import type { LoadedQuestion } from "./load-question";
import { ensurePseudonyms } from "./pseudonyms";
import { loadDetails, loadSkeleton, type DetailRow, type SkeletonRow } from "./argument-rows";
import { meanOf, ratingsOrderSiblings, ratingsVisible, summarizeRatings } from "./rating";
import { ancestors, buildTree, depthFirstOrder, type Tree } from "./tree";
import type { ArgumentAuthor, ArgumentDTO } from "./present";

export function treeOf(rows: Pick<SkeletonRow, "id" | "parentId" | "status" | "mergedIntoId">[]): Tree {
  return buildTree(rows.map((row) => ({ id: row.id, parentId: row.parentId, mergedIntoId: row.status === "merged" ? (row.mergedIntoId ?? row.id) : null })));
}

/** True when the argument or one of its ancestors is locked (no new arguments below it). */
export function branchLocked(tree: Tree, byId: Map<string, { lockedAt: Date | null }>, id: string): boolean {
  return [id, ...ancestors(tree, id)].some((nodeId) => byId.get(nodeId)?.lockedAt);
}

/**
 * Names as the actor sees them. In an anonymous debate participants see pseudonyms; moderators
 * and owners see names only when the group lets them. The actor always knows their own.
 */
async function authorNamer(actor: Actor, loaded: LoadedQuestion, authorIds: string[]) {
  const selfId = actor.kind === "user" ? actor.userId : null;
  const showNames = !loaded.question.anonymous || (can(actor, "debate.moderate", loaded.access) && loaded.settings.moderatorsSeeNames);
  const pseudonyms = showNames || authorIds.length === 0 ? new Map<string, string>() : await ensurePseudonyms(loaded.question.id, authorIds);
  return (row: DetailRow): ArgumentAuthor => {
    const isSelf = selfId !== null && row.authorId === selfId;
    const pseudonym = row.authorId ? pseudonyms.get(row.authorId) : undefined;
    if (!showNames && pseudonym) return { id: null, name: pseudonym, color: colorForEmail(pseudonym), pseudonymous: true, isSelf };
    return { ...presentPerson(row.author), pseudonymous: false, isSelf };
  };
}

export interface ArgumentViews {
  /** Display order: depth-first, siblings pinned first, then by mean rating (when visible to all), then oldest first. */
  order: string[];
  views: Map<string, ArgumentDTO>;
}

function loadMerges(questionId: string, targetIds?: string[]) {
  return db().argumentMerge.findMany({ where: { questionId, undoneAt: null, ...(targetIds ? { targetId: { in: targetIds } } : {}) }, select: { id: true, sourceId: true, targetId: true }, orderBy: { createdAt: "asc" } });
}

/** Siblings: pinned first, then by mean rating when everyone sees ratings, then oldest first. */
function siblingOrder(byId: Map<string, SkeletonRow>, byRating: boolean) {
  const means = new Map<string, number>();
  if (byRating) for (const row of byId.values()) means.set(row.id, meanOf(row.distribution) ?? -1);
  return (a: string, b: string) => {
    const left = byId.get(a)!;
    const right = byId.get(b)!;
    if ((left.pinnedAt === null) !== (right.pinnedAt === null)) return left.pinnedAt ? -1 : 1;
    const difference = byRating ? means.get(b)! - means.get(a)! : 0;
    if (difference !== 0) return difference;
    return left.createdAt.getTime() - right.createdAt.getTime() || a.localeCompare(b);
  };
}

/**
 * ArgumentDTOs of a question as the actor sees them: all (for the listing), the first `limit`
 * in display order (the whole tree is still sorted; details are read for those only), or only
 * `ids`. Hidden arguments keep their place (their children stay) but only moderators read
 * their body; merged ones appear only in their target's mergedFrom.
 */
export async function argumentViews(actor: Actor, loaded: LoadedQuestion, ids?: string[], limit?: number): Promise<ArgumentViews> {
  const { question, access, settings } = loaded;
  const userId = actor.kind === "user" ? actor.userId : "";
  const closed = question.status === "closed";
  const shownDetails = (scope?: string[]) => Promise.all([loadDetails(question.id, scope), loadMerges(question.id, scope)]);
  // Details come with the skeleton when what is shown is known up front; a window waits for the order.
  const [skeleton, early] = await Promise.all([loadSkeleton(question.id, userId, ids), ids || limit === undefined ? shownDetails(ids) : null]);
  const tree = treeOf(skeleton);
  const byId = new Map(skeleton.map((row) => [row.id, row]));
  const order = ids
    ? ids.filter((id) => byId.has(id) && byId.get(id)!.status !== "merged")
    : depthFirstOrder(tree, siblingOrder(byId, ratingsOrderSiblings(settings.ratingVisibility, closed))).slice(0, limit);
  const [details, merges] = early ?? (await shownDetails(order));
  const shown = order.filter((id) => details.has(id));
  const namer = await authorNamer(actor, loaded, [...new Set(shown.map((id) => details.get(id)!.authorId).filter((id): id is string => id !== null))]);
  const mergesOf = new Map<string, typeof merges>();
  for (const merge of merges) mergesOf.set(merge.targetId, [...(mergesOf.get(merge.targetId) ?? []), merge]);
  const childCount = new Map<string, number>();
  for (const row of skeleton) if (row.status !== "merged" && row.parentId) childCount.set(row.parentId, (childCount.get(row.parentId) ?? 0) + 1);

  const moderator = can(actor, "debate.moderate", access);
  const open = question.status === "open";
  const mayArgue = open && can(actor, "debate.argue", access);
  const mayRate = open && can(actor, "debate.rate", access);
  // A duplicate hidden before it was merged keeps its body from those who may not read it.
  const mergedBody = (source: DetailRow | undefined) => (!source || (source.hiddenReason !== null && !moderator) ? "" : source.body);
  const present = (row: SkeletonRow, detail: DetailRow): ArgumentDTO => {
    const author = namer(detail);
    const hiddenFromActor = row.status === "hidden" && !moderator;
    const visible = ratingsVisible(settings.ratingVisibility, { questionClosed: closed, ratedByActor: row.mine !== null });
    const children = childCount.get(row.id) ?? 0;
    return {
      id: row.id,
      questionId: detail.questionId,
      parentId: row.parentId,
      stance: detail.stance,
      body: hiddenFromActor ? "" : detail.body,
      evidence: hiddenFromActor ? [] : storedEvidence(detail.evidence),
      author,
      asAuthor: detail.asAuthor,
      status: row.status === "hidden" ? "hidden" : "visible",
      pinned: row.pinnedAt !== null,
      locked: row.lockedAt !== null,
      hiddenReason: row.status === "hidden" ? detail.hiddenReason : null,
      mergedFrom: (mergesOf.get(row.id) ?? []).map((merge) => ({ mergeId: merge.id, argumentId: merge.sourceId, body: mergedBody(details.get(merge.sourceId)) })),
      edited: detail.editedAt !== null,
      createdAt: row.createdAt.toISOString(),
      childCount: children,
      rating: summarizeRatings(row.distribution, row.mine, visible),
      can: {
        edit: open && author.isSelf && children === 0,
        reply: mayArgue && !branchLocked(tree, byId, row.id),
        rate: mayRate && row.status === "visible",
        moderate: moderator,
      },
    };
  };
  return { order: shown, views: new Map(shown.map((id) => [id, present(byId.get(id)!, details.get(id)!)])) };
}

/** One argument's DTO (after a change), or null when it is merged away or gone. */
export async function argumentView(actor: Actor, loaded: LoadedQuestion, argumentId: string): Promise<ArgumentDTO | null> {
  return (await argumentViews(actor, loaded, [argumentId])).views.get(argumentId) ?? null;
}
