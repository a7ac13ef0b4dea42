import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadAnnotationAccess, type AnnotationAccess } from "@/lib/annotations/load-annotation-access";
import { DomainError } from "@/lib/documents/errors";
import { announceClaimChange } from "./announce-claim-change";
import { claimSummaryFor } from "./load-claim";
import type { ClaimSummary } from "./present";
import { markRevisedInput } from "./schemas";

/**
 * A claim the actor may say was revised in the text: 404 when unreadable (another's private
 * note included), 403 unless the paper's author or the group's owner, 422 for a comment or a question.
 */
async function loadRevisable(actor: Actor, annotationId: string): Promise<AnnotationAccess> {
  const loaded = await loadAnnotationAccess(actor, annotationId);
  if (!can(actor, "claim.mark-revised", loaded.access)) throw new DomainError(403, "forbidden", "Only the paper's authors and the group's owners mark claims revised.");
  if (loaded.annotation.kind !== "claim") throw new DomainError(422, "not_a_claim", `This annotation is a ${loaded.annotation.kind}; only claims are marked revised.`);
  return loaded;
}

/**
 * An author answers a claim by changing the paper: marks it "revised in the text" with a link
 * to the revision (http or https) and an optional note. Marking again replaces the link and note.
 */
export async function markClaimRevised(actor: Actor, annotationId: string, input: unknown): Promise<ClaimSummary> {
  const { annotation } = await loadRevisable(actor, annotationId);
  const { url, note } = markRevisedInput.parse(input);
  const revisedById = actor.kind === "user" ? actor.userId : null;
  await db().annotation.update({ where: { id: annotation.id }, data: { revisedAt: new Date(), revisedById, revisionUrl: url, revisionNote: note } });
  announceClaimChange(annotation);
  return claimSummaryFor(annotation.id, revisedById ?? "");
}

/** Takes the mark back (a mistaken link, a revision undone); clearing an unmarked claim changes nothing. */
export async function clearClaimRevision(actor: Actor, annotationId: string): Promise<ClaimSummary> {
  const { annotation } = await loadRevisable(actor, annotationId);
  const { count } = await db().annotation.updateMany({
    where: { id: annotation.id, revisedAt: { not: null } },
    data: { revisedAt: null, revisedById: null, revisionUrl: null, revisionNote: null },
  });
  if (count > 0) announceClaimChange(annotation);
  return claimSummaryFor(annotation.id, actor.kind === "user" ? actor.userId : "");
}
