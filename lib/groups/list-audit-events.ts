import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { describeAuditEvent } from "./describe-audit-event";
import { authorizeGroup } from "./load-group-access";
import { newestFirst, PAGE_SIZE, toPage, type Page } from "./paging";
import { FORMER_MEMBER, type AuditEventSummary } from "./present";

/** The group's trail of membership and role changes, newest first: owners only. */
export async function listAuditEvents(actor: Actor, slug: string, cursor?: string): Promise<Page<AuditEventSummary>> {
  const group = await authorizeGroup(actor, slug, "group.view-audit", "Only the group’s owners can see its audit trail.");
  const rows = await db().auditEvent.findMany({ where: { groupId: group.id }, ...newestFirst(cursor) });
  // Actors and targets in one query for the whole page (targets of invite events are invites).
  const userIds = [...new Set(rows.flatMap((row) => [row.actorId, row.action.startsWith("invite.") ? null : row.targetId]))].filter((id): id is string => Boolean(id));
  const users = await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, deletedAt: true } });
  const nameOf = new Map(users.map((user) => [user.id, user.deletedAt ? FORMER_MEMBER : user.name]));
  const person = (id: string | null) => (id ? { id, name: nameOf.get(id) ?? FORMER_MEMBER } : null);

  return toPage(rows, PAGE_SIZE, (row) => row.id, (row) => {
    const actorRef = person(row.actorId);
    const target = row.action.startsWith("invite.") ? null : person(row.targetId);
    const data = (row.data ?? {}) as Record<string, unknown>;
    return {
      id: row.id,
      action: row.action,
      actor: actorRef,
      target,
      data,
      summary: describeAuditEvent({ action: row.action, actorName: actorRef?.name ?? "An administrator", targetName: target?.name ?? FORMER_MEMBER, data }),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
