import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { broadcastToDocument } from "@/lib/collab/broadcast";
import { DomainError } from "@/lib/documents/errors";
import { notify } from "@/lib/threads/notify";
import { assertModeratable, loadTarget, type ModerationTarget } from "./load-target";
import type { ModerationState } from "./present";
import { hideInput, type TargetType } from "./schemas";

type VisibilityChange = { hide: true; reason: string } | { hide: false };

type Tx = Prisma.TransactionClient;

/**
 * Written here rather than through lib/groups' recordAuditEvent: its AuditEntry union does not
 * list moderation actions yet (lib/groups belongs to another engineer). Same row, same table.
 */
async function recordAudit(tx: Tx, actorId: string | null, target: ModerationTarget, change: VisibilityChange) {
  const data = { documentId: target.documentId, ...(target.type === "reply" ? { annotationId: target.annotationId } : {}), ...(change.hide ? { reason: change.reason } : {}) };
  await tx.auditEvent.create({
    data: { groupId: target.access.groupId, actorId, action: `${target.type}.${change.hide ? "hidden" : "restored"}`, targetId: target.id, data },
  });
}

async function setHidden(tx: Tx, type: TargetType, id: string, hide: boolean, data: { hiddenAt: Date | null; hiddenById: string | null; hiddenReason: string | null }) {
  // Conditional on the current state, so two moderators acting at once record one change.
  const where = { id, hiddenAt: hide ? null : { not: null } };
  const { count } = type === "annotation" ? await tx.annotation.updateMany({ where, data }) : await tx.reply.updateMany({ where, data });
  if (count === 0) throw new DomainError(409, hide ? "already_hidden" : "not_hidden", hide ? "This is already hidden." : "This is not hidden.");
}

/**
 * Hides or restores an annotation or a reply (moderators only). The content stays in the
 * database; the change, its audit event, the resolved flags and the author's notice commit
 * together, and the room is told afterwards.
 */
export async function changeVisibility(actor: Actor, type: TargetType, id: string, hide: boolean, input?: unknown): Promise<ModerationState> {
  const target = await loadTarget(actor, type, id);
  if (!can(actor, "group.moderate", target.access)) throw new DomainError(403, "forbidden", "Only moderators hide and restore.");
  assertModeratable(target, "hidden or restored");
  // The reason is checked once the actor is known to be allowed (404, then 403, then 422).
  const change: VisibilityChange = hide ? { hide, reason: hideInput.parse(input).reason } : { hide };
  const actorId = actor.kind === "user" ? actor.userId : null;
  const now = new Date();
  const data = change.hide ? { hiddenAt: now, hiddenById: actorId, hiddenReason: change.reason } : { hiddenAt: null, hiddenById: null, hiddenReason: null };
  await db().$transaction(async (tx) => {
    await setHidden(tx, type, target.id, change.hide, data);
    await recordAudit(tx, actorId, target, change);
    if (change.hide) await tx.flag.updateMany({ where: { targetType: type, targetId: target.id, resolvedAt: null }, data: { resolvedAt: now } });
    // The author is told of a hiding (never of their own, never of a moderator hiding their own).
    // The inbox has no "restored" kind yet, so a restore is not announced there.
    if (change.hide && target.authorId) {
      const { documentId, annotationId } = target;
      const replyId = type === "reply" ? target.id : null;
      await notify([{ userId: target.authorId, kind: "hidden", actorId, documentId, annotationId, replyId, data: { targetType: type, reason: change.reason } }], tx);
    }
  });
  broadcastToDocument({ type: "annotations-changed", documentId: target.documentId, ids: [target.annotationId] });
  if (type === "annotation" && target.kind === "claim") broadcastToDocument({ type: "claims-changed", documentId: target.documentId, ids: [target.id] });
  return {
    targetType: type,
    targetId: target.id,
    annotationId: target.annotationId,
    documentId: target.documentId,
    hidden: change.hide,
    hiddenAt: data.hiddenAt?.toISOString() ?? null,
    hiddenReason: data.hiddenReason,
  };
}
