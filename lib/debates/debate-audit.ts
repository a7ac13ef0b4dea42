import type { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/**
 * Appends a debate moderation event to the group's audit trail. Written here rather than
 * through lib/groups' recordAuditEvent, whose AuditEntry union lists group events only (as
 * lib/moderation does); same table, committed in the caller's transaction.
 */
export async function recordDebateAudit(
  tx: Pick<Prisma.TransactionClient, "auditEvent">,
  actor: Actor,
  groupId: string,
  action: string,
  targetId: string,
  data: Prisma.InputJsonObject,
): Promise<void> {
  await tx.auditEvent.create({ data: { groupId, actorId: actor.kind === "user" ? actor.userId : null, action, targetId, data } });
}
