import { db, Prisma } from "@/lib/db";
import type { PersonRow } from "@/lib/threads/present";
import type { Distribution } from "./rating";

/**
 * The two reads behind every argument listing, in SQL so that a debate of 2,000 arguments is
 * two round trips whatever its size: the skeleton of the whole tree with its ratings
 * aggregated by PostgreSQL, and the details (body, evidence, author) of the arguments shown.
 * The debate page's first render asks details for its first screens only.
 */

/** What the tree needs of every argument of a question: structure, order, locks, ratings. */
export interface SkeletonRow {
  id: string;
  parentId: string | null;
  status: "visible" | "hidden" | "merged";
  mergedIntoId: string | null;
  lockedAt: Date | null;
  pinnedAt: Date | null;
  createdAt: Date;
  /** Ratings per impact 0..4 (zeros when unrated or not asked for). */
  distribution: Distribution;
  /** The actor's own rating. */
  mine: number | null;
}

/** What an argument shows. */
export interface DetailRow {
  id: string;
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

type RawSkeleton = Omit<SkeletonRow, "distribution"> & { r0: number | null; r1: number | null; r2: number | null; r3: number | null; r4: number | null };
type RawDetail = Omit<DetailRow, "author"> & { authorName: string | null; authorColor: string | null; authorDeletedAt: Date | null };

/**
 * Every argument of a question, merged ones included, with counts per rating value and the
 * actor's own rating for all of them, or only for `ratedIds` (the others get zeros).
 */
export async function loadSkeleton(questionId: string, userId: string, ratedIds?: string[]): Promise<SkeletonRow[]> {
  const rated = ratedIds ? Prisma.sql`AND r."argumentId" = ANY(${ratedIds}::text[])` : Prisma.empty;
  const rows = await db().$queryRaw<RawSkeleton[]>`
    WITH rated AS (
      SELECT r."argumentId",
             count(*) FILTER (WHERE r.value = 0)::int AS r0,
             count(*) FILTER (WHERE r.value = 1)::int AS r1,
             count(*) FILTER (WHERE r.value = 2)::int AS r2,
             count(*) FILTER (WHERE r.value = 3)::int AS r3,
             count(*) FILTER (WHERE r.value = 4)::int AS r4,
             max(r.value) FILTER (WHERE r."userId" = ${userId})::int AS mine
      FROM "ArgumentRating" r JOIN "Argument" x ON x.id = r."argumentId"
      WHERE x."questionId" = ${questionId} ${rated}
      GROUP BY r."argumentId"
    )
    SELECT a.id, a."parentId", a.status::text AS status, a."mergedIntoId", a."lockedAt", a."pinnedAt", a."createdAt",
           rated.r0, rated.r1, rated.r2, rated.r3, rated.r4, rated.mine
    FROM "Argument" a LEFT JOIN rated ON rated."argumentId" = a.id
    WHERE a."questionId" = ${questionId}`;
  // Spelled out rather than spread: this runs for every argument of the debate.
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parentId,
    status: row.status,
    mergedIntoId: row.mergedIntoId,
    lockedAt: row.lockedAt,
    pinnedAt: row.pinnedAt,
    createdAt: row.createdAt,
    distribution: [row.r0 ?? 0, row.r1 ?? 0, row.r2 ?? 0, row.r3 ?? 0, row.r4 ?? 0],
    mine: row.mine ?? null,
  }));
}

/** Details of all the question's arguments, or of `ids` and the duplicates merged into them (their bodies show in mergedFrom). */
export async function loadDetails(questionId: string, ids?: string[]): Promise<Map<string, DetailRow>> {
  const wanted = ids ? Prisma.sql`AND (a.id = ANY(${ids}::text[]) OR (a.status = 'merged' AND a."mergedIntoId" = ANY(${ids}::text[])))` : Prisma.empty;
  const rows = await db().$queryRaw<RawDetail[]>`
    SELECT a.id, a."questionId", a.stance::text AS stance, a.body, a.evidence, a."authorId", a."asAuthor", a."hiddenReason", a."editedAt",
           u.name AS "authorName", u.color AS "authorColor", u."deletedAt" AS "authorDeletedAt"
    FROM "Argument" a LEFT JOIN "User" u ON u.id = a."authorId"
    WHERE a."questionId" = ${questionId} ${wanted}`;
  const details = new Map<string, DetailRow>();
  for (const row of rows) {
    details.set(row.id, {
      id: row.id,
      questionId: row.questionId,
      stance: row.stance,
      body: row.body,
      evidence: row.evidence,
      authorId: row.authorId,
      author: row.authorId && row.authorName !== null ? { id: row.authorId, name: row.authorName, color: row.authorColor ?? "", deletedAt: row.authorDeletedAt } : null,
      asAuthor: row.asAuthor,
      hiddenReason: row.hiddenReason,
      editedAt: row.editedAt,
    });
  }
  return details;
}
