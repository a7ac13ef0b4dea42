import type { ArgumentRatingSummary, RatingVisibility } from "./present";

export type Distribution = [number, number, number, number, number];

export function emptyDistribution(): Distribution {
  return [0, 0, 0, 0, 0];
}

/** Mean impact of a distribution, rounded to two decimals; null when nobody rated. */
export function meanOf(distribution: Distribution): number | null {
  const count = distribution.reduce((sum, n) => sum + n, 0);
  if (count === 0) return null;
  const total = distribution.reduce((sum, n, value) => sum + n * value, 0);
  return Math.round((total / count) * 100) / 100;
}

/**
 * Whether the actor may see an argument's ratings. The group chooses, so that early ratings do
 * not anchor later ones: always; only after rating that argument; only once the question closed.
 */
export function ratingsVisible(setting: RatingVisibility, facts: { questionClosed: boolean; ratedByActor: boolean }): boolean {
  if (setting === "always") return true;
  if (setting === "after_rating") return facts.ratedByActor || facts.questionClosed;
  return facts.questionClosed;
}

/** True when the visibility does not depend on the argument (so ratings may order siblings). */
export function ratingsOrderSiblings(setting: RatingVisibility, questionClosed: boolean): boolean {
  return setting === "always" || questionClosed;
}

/** The summary one actor sees: nothing that could anchor them (not even the count) while hidden. */
export function summarizeRatings(distribution: Distribution, mine: number | null, visible: boolean): ArgumentRatingSummary {
  if (!visible) return { visible: false, mean: null, count: 0, distribution: null, mine };
  return { visible: true, mean: meanOf(distribution), count: distribution.reduce((sum, n) => sum + n, 0), distribution: [...distribution], mine };
}

/** Folds grouped rows (argumentId, value, count) into a distribution per argument. */
export function distributions(rows: { argumentId: string; value: number; count: number }[]): Map<string, Distribution> {
  const result = new Map<string, Distribution>();
  for (const row of rows) {
    if (row.value < 0 || row.value > 4) continue;
    const distribution = result.get(row.argumentId) ?? emptyDistribution();
    distribution[row.value] += row.count;
    result.set(row.argumentId, distribution);
  }
  return result;
}
