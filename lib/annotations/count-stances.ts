import { db } from "@/lib/db";

export interface StanceCounts {
  supported: number;
  contested: number;
  mine: "supported" | "contested" | null;
}

/** Stance counts for many claims in two queries, whatever their number. */
export async function countStances(annotationIds: string[], userId: string | null): Promise<Map<string, StanceCounts>> {
  const counts = new Map<string, StanceCounts>(annotationIds.map((id) => [id, { supported: 0, contested: 0, mine: null }]));
  if (annotationIds.length === 0) return counts;
  const [grouped, mine] = await Promise.all([
    db().claimStance.groupBy({ by: ["annotationId", "value"], where: { annotationId: { in: annotationIds } }, _count: { _all: true } }),
    userId ? db().claimStance.findMany({ where: { annotationId: { in: annotationIds }, userId }, select: { annotationId: true, value: true } }) : [],
  ]);
  for (const row of grouped) counts.get(row.annotationId)![row.value] = row._count._all;
  for (const row of mine) counts.get(row.annotationId)!.mine = row.value;
  return counts;
}
