import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { announceClaimChange } from "./announce-claim-change";
import { claimSummaryFor, loadClaim, stanceTaker } from "./load-claim";
import type { ClaimSummary } from "./present";

/** Withdraws the actor's stance; withdrawing when there is none changes nothing and succeeds. */
export async function withdrawStance(actor: Actor, annotationId: string): Promise<ClaimSummary> {
  const member = stanceTaker(actor);
  const { annotation } = await loadClaim(actor, annotationId, { annotate: true });
  const { count } = await db().claimStance.deleteMany({ where: { annotationId: annotation.id, userId: member.userId } });
  if (count > 0) announceClaimChange(annotation);
  return claimSummaryFor(annotation.id, member.userId);
}
