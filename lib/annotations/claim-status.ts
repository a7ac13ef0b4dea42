export type ClaimStatus = "unreviewed" | "supported" | "contested" | "disputed";

/**
 * A claim's status, derived from its stance counts: nobody yet, one side only, or both sides
 * present ("disputed"). Never stored, so it can never disagree with the stances.
 */
export function claimStatus(supported: number, contested: number): ClaimStatus {
  if (supported > 0 && contested > 0) return "disputed";
  if (supported > 0) return "supported";
  if (contested > 0) return "contested";
  return "unreviewed";
}

/**
 * How contested a claim is, for sorting: most when both sides are large and balanced
 * (min side first, then total), zero when one-sided.
 */
export function contestedness(supported: number, contested: number): number {
  // The smaller side dominates (a 1–1 dispute outranks any one-sided claim of a group's size).
  return Math.min(supported, contested) * 1_000_000 + (supported + contested);
}
