import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { GroupRole } from "@/lib/auth/policy";

/** What the group's audit trail records, with the data each kind carries. */
export type AuditEntry =
  | { action: "group.created"; targetId?: null; data: { name: string } }
  | { action: "group.renamed"; targetId?: null; data: { from: string; to: string } }
  | { action: "member.joined"; targetId: string; data: { role: GroupRole; inviteId?: string } }
  | { action: "member.role-changed"; targetId: string; data: { from: GroupRole; to: GroupRole; inviteId?: string } }
  | { action: "member.removed"; targetId: string; data: { role: GroupRole } }
  | { action: "member.left"; targetId: string; data: { role: GroupRole } }
  | { action: "invite.created"; targetId: string; data: { role: GroupRole; expiresAt: string | null; maxUses: number | null } }
  | { action: "invite.revoked"; targetId: string; data: { role: GroupRole } };

export type AuditAction = AuditEntry["action"];

type Client = Pick<Prisma.TransactionClient, "auditEvent">;

/**
 * Appends one event to a group's trail. Pass the transaction client so the event commits (or
 * not) together with the change it describes.
 */
export async function recordAuditEvent(actor: Actor, groupId: string, entry: AuditEntry, client: Client = db()) {
  await client.auditEvent.create({
    data: {
      groupId,
      actorId: actor.kind === "user" ? actor.userId : null,
      action: entry.action,
      targetId: entry.targetId ?? null,
      data: entry.data,
    },
  });
}
