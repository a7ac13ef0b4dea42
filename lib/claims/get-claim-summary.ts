import type { Actor } from "@/lib/auth/actor";
import { claimSummaryFor, loadClaim } from "./load-claim";
import type { ClaimSummary } from "./present";

/** A claim's status, counts and the actor's own stance (if any). */
export async function getClaimSummary(actor: Actor, annotationId: string): Promise<ClaimSummary> {
  await loadClaim(actor, annotationId);
  return claimSummaryFor(annotationId, actor.kind === "user" ? actor.userId : "");
}
