import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { liveAnchors } from "@/lib/annotations/live-anchors";
import { DomainError } from "@/lib/documents/errors";
import { isUniqueViolation } from "@/lib/groups/errors";
import { notifyClaimContested } from "@/lib/mail/notify-claim-contested";
import { announceClaimChange } from "./announce-claim-change";
import { resolveEvidence, type EvidencePaper, type StoredEvidence } from "./evidence";
import { claimSummaryFor, loadClaim, stanceTaker } from "./load-claim";
import type { ClaimSummary } from "./present";
import { setStanceInput, type StanceValue } from "./schemas";

/** The paper as evidence is checked against: its live text (with the author's revisions) and its citations. */
async function paperOf(documentId: string): Promise<EvidencePaper> {
  const [row, anchors] = await Promise.all([db().document.findUniqueOrThrow({ where: { id: documentId }, select: { citations: true } }), liveAnchors(documentId)]);
  return { plainText: anchors.plainText, citations: Array.isArray(row.citations) ? (row.citations as EvidencePaper["citations"]) : [] };
}

/**
 * One row per member per claim, written with an upsert on the (annotationId, userId) unique
 * key, so concurrent requests from one member never make two. Prisma runs it as INSERT … ON
 * CONFLICT; should it ever fall back to read-then-write, a lost race shows as a unique
 * violation and the second try updates the row the other request created.
 */
async function upsertStance(annotationId: string, userId: string, data: { value: StanceValue; reason: string; evidence: StoredEvidence[] }) {
  const write = () =>
    db().claimStance.upsert({
      where: { annotationId_userId: { annotationId, userId } },
      create: { annotationId, userId, ...data },
      update: data,
      select: { id: true },
    });
  try {
    await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await write();
  }
}

/**
 * Takes or changes the actor's stance on a claim: supported or contested, with a required
 * reason and optional evidence. Members who may annotate only (viewers 403, others 404).
 */
export async function setStance(actor: Actor, annotationId: string, input: unknown): Promise<ClaimSummary> {
  const member = stanceTaker(actor);
  const { annotation } = await loadClaim(actor, annotationId, { annotate: true });
  if (annotation.hiddenAt) throw new DomainError(409, "claim_hidden", "A moderator hid this claim; it takes no stances until it is restored.");
  const { value, reason, evidence } = setStanceInput.parse(input);
  const stored = evidence.length === 0 ? [] : resolveEvidence(evidence, await paperOf(annotation.documentId));
  await upsertStance(annotation.id, member.userId, { value, reason, evidence: stored });
  if (value === "contested") await notifyClaimContested(annotation.id, member.userId);
  announceClaimChange(annotation);
  return claimSummaryFor(annotation.id, member.userId);
}
