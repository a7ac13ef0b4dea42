import { db } from "@/lib/db";
import type { GroupRole } from "@/lib/auth/policy";

/**
 * How much each member took part, as plain counts of what they wrote. Never a score: no total
 * per person, no ranking, no weighting. The list is ordered by name, whatever the counts.
 */
export interface MemberParticipation {
  userId: string;
  name: string;
  color: string;
  role: GroupRole;
  annotations: number;
  replies: number;
  stances: number;
  arguments: number;
  ratings: number;
}

export interface Participation {
  members: MemberParticipation[];
  /** Arguments and ratings in anonymous debates: a group total, never attributed to anyone. */
  anonymous: { arguments: number; ratings: number };
}

type Grouped = { _count: { _all: number } } & Record<string, unknown>;

function countsBy(rows: Grouped[], key: string): Map<string, number> {
  return new Map(rows.filter((row) => typeof row[key] === "string").map((row) => [row[key] as string, row._count._all]));
}

/**
 * Counts per current member across the group's papers. Private annotations (and replies and
 * stances under them) are their author's own notes and are not counted; arguments and ratings
 * in anonymous debates are counted for the group only. Seven grouped queries, whatever the size.
 */
export async function countParticipation(groupId: string): Promise<Participation> {
  const inGroup = { document: { groupId } };
  const shared = { ...inGroup, visibility: "group" as const };
  const named = { question: { ...inGroup, anonymous: false } };
  const anonymousDebate = { question: { ...inGroup, anonymous: true } };
  const [memberships, annotations, replies, stances, argumentsByAuthor, ratings, anonymousArguments, anonymousRatings] = await Promise.all([
    db().membership.findMany({ where: { groupId }, select: { role: true, user: { select: { id: true, name: true, color: true } } } }),
    db().annotation.groupBy({ by: ["authorId"], where: shared, _count: { _all: true } }),
    db().reply.groupBy({ by: ["authorId"], where: { annotation: shared }, _count: { _all: true } }),
    db().claimStance.groupBy({ by: ["userId"], where: { annotation: shared }, _count: { _all: true } }),
    db().argument.groupBy({ by: ["authorId"], where: named, _count: { _all: true } }),
    db().argumentRating.groupBy({ by: ["userId"], where: { argument: named }, _count: { _all: true } }),
    db().argument.count({ where: anonymousDebate }),
    db().argumentRating.count({ where: { argument: anonymousDebate } }),
  ]);
  const by = {
    annotations: countsBy(annotations, "authorId"),
    replies: countsBy(replies, "authorId"),
    stances: countsBy(stances, "userId"),
    arguments: countsBy(argumentsByAuthor, "authorId"),
    ratings: countsBy(ratings, "userId"),
  };
  const members = memberships
    .map(({ role, user }) => ({
      userId: user.id,
      name: user.name,
      color: user.color,
      role,
      annotations: by.annotations.get(user.id) ?? 0,
      replies: by.replies.get(user.id) ?? 0,
      stances: by.stances.get(user.id) ?? 0,
      arguments: by.arguments.get(user.id) ?? 0,
      ratings: by.ratings.get(user.id) ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.userId.localeCompare(b.userId));
  return { members, anonymous: { arguments: anonymousArguments, ratings: anonymousRatings } };
}
