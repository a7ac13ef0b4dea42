import { db } from "@/lib/db";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadAnnotationAccess, type AnnotationAccess } from "@/lib/annotations/load-annotation-access";
import { DomainError } from "@/lib/documents/errors";
import { countStances } from "@/lib/annotations/count-stances";
import { revisionOf } from "./claim-revisions";
import { presentStance, presentSummary, STANCE_SELECT, type ClaimSummary } from "./present";

/** Stances belong to people: only a signed-in member (not the CLI) takes one. */
export function stanceTaker(actor: Actor): UserActor {
  if (actor.kind !== "user") throw new DomainError(403, "forbidden", "Only members take stances.");
  return actor;
}

/**
 * A claim the actor may read (404 otherwise, private and hidden rules included), and with
 * `annotate` one the actor may also take a stance on (403 for viewers). 422 when the
 * annotation is a comment or a question: only claims carry stances.
 */
export async function loadClaim(actor: Actor, annotationId: string, options: { annotate?: boolean } = {}): Promise<AnnotationAccess> {
  const loaded = await loadAnnotationAccess(actor, annotationId);
  if (options.annotate && !can(actor, "document.annotate", loaded.access)) {
    throw new DomainError(403, "forbidden", "Viewers can read claims but not take stances.");
  }
  if (loaded.annotation.kind !== "claim") throw new DomainError(422, "not_a_claim", `This annotation is a ${loaded.annotation.kind}; only claims take stances.`);
  return loaded;
}

/** Status, counts (one grouped query), the viewer's own stance in full and the claim's revision. */
export async function claimSummaryFor(annotationId: string, viewerId: string): Promise<ClaimSummary> {
  const [counts, mine, revised] = await Promise.all([
    countStances([annotationId], null),
    viewerId ? db().claimStance.findUnique({ where: { annotationId_userId: { annotationId, userId: viewerId } }, select: STANCE_SELECT }) : null,
    revisionOf(annotationId),
  ]);
  const { supported, contested } = counts.get(annotationId)!;
  return presentSummary(annotationId, { supported, contested }, mine ? presentStance(mine, viewerId) : null, revised);
}
