import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { revisionOf } from "./claim-revisions";
import { loadClaim } from "./load-claim";
import { presentStance, presentSummary, STANCE_SELECT, type StanceList } from "./present";

/**
 * Both sides of a claim, each stance with its reason, evidence and author, oldest first. The
 * order is when stances were taken: nothing here weighs or ranks the people who took them.
 */
export async function listStances(actor: Actor, annotationId: string): Promise<StanceList> {
  const { annotation, access } = await loadClaim(actor, annotationId);
  const viewerId = actor.kind === "user" ? actor.userId : "";
  const [rows, revised] = await Promise.all([
    db().claimStance.findMany({ where: { annotationId: annotation.id }, select: STANCE_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    revisionOf(annotation.id),
  ]);
  const stances = rows.map((row) => presentStance(row, viewerId));
  const supported = stances.filter((stance) => stance.value === "supported");
  const contested = stances.filter((stance) => stance.value === "contested");
  const summary = presentSummary(annotation.id, { supported: supported.length, contested: contested.length }, stances.find((stance) => stance.mine) ?? null, revised);
  return { supported, contested, summary, canMarkRevised: can(actor, "claim.mark-revised", access) };
}
