import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { colorForEmail } from "@/lib/auth/user-colors";
import { storedEvidence } from "@/lib/claims/evidence";
import { PERSON_SELECT, presentPerson, type PersonRow } from "@/lib/threads/present";
import type { LoadedQuestion } from "./load-question";
import { ensurePseudonyms } from "./pseudonyms";
import { distributions, emptyDistribution, meanOf, ratingsOrderSiblings, ratingsVisible, summarizeRatings, type Distribution } from "./rating";
import { ancestors, buildTree, depthFirstOrder, type Tree } from "./tree";
import type { ArgumentAuthor, ArgumentDTO } from "./present";

const SKELETON_SELECT = { id: true, parentId: true, status: true, mergedIntoId: true, lockedAt: true, pinnedAt: true, createdAt: true } as const;
const DETAIL_SELECT = {
  ...SKELETON_SELECT,
  questionId: true,
  stance: true,
  body: true,
  evidence: true,
  authorId: true,
  author: { select: PERSON_SELECT },
  asAuthor: true,
  hiddenReason: true,
  editedAt: true,
} as const;

interface SkeletonRow {
  id: string;
  parentId: string | null;
  status: "visible" | "hidden" | "merged";
  mergedIntoId: string | null;
  lockedAt: Date | null;
  pinnedAt: Date | null;
  createdAt: Date;
}

interface DetailRow extends SkeletonRow {
  questionId: string;
  stance: "pro" | "con";
  body: string;
  evidence: unknown;
  authorId: string | null;
  author: PersonRow | null;
  asAuthor: boolean;
  hiddenReason: string | null;
  editedAt: Date | null;
}

export function treeOf(rows: SkeletonRow[]): Tree {
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

async function loadRows(questionId: string, ids?: string[]): Promise<{ skeleton: SkeletonRow[]; details: DetailRow[] }> {
  if (!ids) {
    const rows = await db().argument.findMany({ where: { questionId }, select: DETAIL_SELECT });
    return { skeleton: rows, details: rows as DetailRow[] };
  }
  const [skeleton, details] = await Promise.all([
    db().argument.findMany({ where: { questionId }, select: SKELETON_SELECT }),
    // The wanted arguments and the duplicates merged into them (their bodies show in mergedFrom).
    db().argument.findMany({ where: { questionId, OR: [{ id: { in: ids } }, { mergedIntoId: { in: ids }, status: "merged" }] }, select: DETAIL_SELECT }),
  ]);
  return { skeleton, details: details as DetailRow[] };
}

export interface ArgumentViews {
  /** Display order: depth-first, siblings pinned first, then by mean rating (when visible to all), then oldest first. */
  order: string[];
  views: Map<string, ArgumentDTO>;
}

/**
 * ArgumentDTOs of a question as the actor sees them: all (for the listing) or only `ids`.
 * Ratings come from one grouped query; hidden arguments keep their place (their children stay)
 * but only moderators read their body; merged ones appear only in their target's mergedFrom.
 */
export async function argumentViews(actor: Actor, loaded: LoadedQuestion, ids?: string[]): Promise<ArgumentViews> {
  const { question, access, settings } = loaded;
  const userId = actor.kind === "user" ? actor.userId : "";
  const { skeleton, details } = await loadRows(question.id, ids);
  const tree = treeOf(skeleton);
  const byId = new Map(skeleton.map((row) => [row.id, row]));
  const wanted = details.filter((row) => row.status !== "merged" && (!ids || ids.includes(row.id)));
  const ratedIds = ids ? wanted.map((row) => row.id) : undefined;
  const [grouped, mine, merges, namer] = await Promise.all([
    db().argumentRating.groupBy({ by: ["argumentId", "value"], where: ratedIds ? { argumentId: { in: ratedIds } } : { argument: { questionId: question.id } }, _count: { _all: true } }),
    userId ? db().argumentRating.findMany({ where: { userId, ...(ratedIds ? { argumentId: { in: ratedIds } } : { argument: { questionId: question.id } }) }, select: { argumentId: true, value: true } }) : [],
    db().argumentMerge.findMany({ where: { questionId: question.id, undoneAt: null, ...(ids ? { targetId: { in: ids } } : {}) }, select: { id: true, sourceId: true, targetId: true }, orderBy: { createdAt: "asc" } }),
    authorNamer(actor, loaded, [...new Set(wanted.map((row) => row.authorId).filter((id): id is string => id !== null))]),
  ]);
  const distributionOf = distributions(grouped.map((row) => ({ argumentId: row.argumentId, value: row.value, count: row._count._all })));
  const mineOf = new Map(mine.map((row) => [row.argumentId, row.value]));
  const detailOf = new Map(details.map((row) => [row.id, row]));
  const childCount = new Map<string, number>();
  for (const row of skeleton) if (row.status !== "merged" && row.parentId) childCount.set(row.parentId, (childCount.get(row.parentId) ?? 0) + 1);

  const moderator = can(actor, "debate.moderate", access);
  const open = question.status === "open";
  const closed = question.status === "closed";
  const mayArgue = open && can(actor, "debate.argue", access);
  const mayRate = open && can(actor, "debate.rate", access);
  // A duplicate hidden before it was merged keeps its body from those who may not read it.
  const mergedBody = (source: DetailRow | undefined) => (!source || (source.hiddenReason !== null && !moderator) ? "" : source.body);
  const present = (row: DetailRow): ArgumentDTO => {
    const author = namer(row);
    const hiddenFromActor = row.status === "hidden" && !moderator;
    const distribution: Distribution = distributionOf.get(row.id) ?? emptyDistribution();
    const myRating = mineOf.get(row.id) ?? null;
    const visible = ratingsVisible(settings.ratingVisibility, { questionClosed: closed, ratedByActor: myRating !== null });
    const children = childCount.get(row.id) ?? 0;
    return {
      id: row.id,
      questionId: row.questionId,
      parentId: row.parentId,
      stance: row.stance,
      body: hiddenFromActor ? "" : row.body,
      evidence: hiddenFromActor ? [] : storedEvidence(row.evidence),
      author,
      asAuthor: row.asAuthor,
      status: row.status === "hidden" ? "hidden" : "visible",
      pinned: row.pinnedAt !== null,
      locked: row.lockedAt !== null,
      hiddenReason: row.status === "hidden" ? row.hiddenReason : null,
      mergedFrom: merges
        .filter((merge) => merge.targetId === row.id)
        .map((merge) => ({ mergeId: merge.id, argumentId: merge.sourceId, body: mergedBody(detailOf.get(merge.sourceId)) })),
      edited: row.editedAt !== null,
      createdAt: row.createdAt.toISOString(),
      childCount: children,
      rating: summarizeRatings(distribution, myRating, visible),
      can: {
        edit: open && author.isSelf && children === 0,
        reply: mayArgue && !branchLocked(tree, byId, row.id),
        rate: mayRate && row.status === "visible",
        moderate: moderator,
      },
    };
  };
  const views = new Map(wanted.map((row) => [row.id, present(row)]));

  const byRating = ratingsOrderSiblings(settings.ratingVisibility, closed);
  const compare = (a: string, b: string) => {
    const left = byId.get(a)!;
    const right = byId.get(b)!;
    if ((left.pinnedAt === null) !== (right.pinnedAt === null)) return left.pinnedAt ? -1 : 1;
    if (byRating) {
      const difference = (meanOf(distributionOf.get(b) ?? emptyDistribution()) ?? -1) - (meanOf(distributionOf.get(a) ?? emptyDistribution()) ?? -1);
      if (difference !== 0) return difference;
    }
    return left.createdAt.getTime() - right.createdAt.getTime() || a.localeCompare(b);
  };
  const order = ids ? wanted.map((row) => row.id) : depthFirstOrder(tree, compare);
  return { order, views };
}

/** One argument's DTO (after a change), or null when it is merged away or gone. */
export async function argumentView(actor: Actor, loaded: LoadedQuestion, argumentId: string): Promise<ArgumentDTO | null> {
  return (await argumentViews(actor, loaded, [argumentId])).views.get(argumentId) ?? null;
}
