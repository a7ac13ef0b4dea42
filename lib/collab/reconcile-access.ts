import type { Document } from "@hocuspocus/server";
import { db } from "@/lib/db";
import { can, type DocumentAccess, type GroupRole } from "@/lib/auth/policy";
import type { CollabContext } from "./collab-auth";

/** Close event for a connection whose user may no longer read the document. */
export const ACCESS_REVOKED_CLOSE = { code: 4403, reason: "permission-denied" };

/**
 * Stateless message telling a client its rights changed. The client starts a fresh provider
 * (dropping local edits the server refused) and switches its editor's editability.
 */
export interface AccessChangedMessage {
  type: "access-changed";
  canEditText: boolean;
}

/**
 * Re-applies the policy to every open connection on one document: a user who lost read access
 * is disconnected, an editor demoted to reader becomes read-only on the server (and the
 * reverse). Two queries per document, whatever the number of connections.
 */
export async function reconcileDocumentAccess(document: Document): Promise<{ closed: number; changed: number }> {
  const connections = document.getConnections().filter((connection) => (connection.context as CollabContext | undefined)?.actor);
  if (connections.length === 0) return { closed: 0, changed: 0 };
  const userIds = [...new Set(connections.flatMap((connection) => {
    const actor = (connection.context as CollabContext).actor;
    return actor.kind === "user" ? [actor.userId] : [];
  }))];
  const [row, liveUsers] = await Promise.all([
    db().document.findUnique({
      where: { id: document.name },
      select: {
        groupId: true,
        group: { select: { memberships: { where: { userId: { in: userIds } }, select: { userId: true, role: true } } } },
        roles: { where: { userId: { in: userIds } }, select: { userId: true, role: true } },
        publicLinkHash: true,
      },
    }),
    db().user.findMany({ where: { id: { in: userIds }, deletedAt: null }, select: { id: true } }),
  ]);
  const alive = new Set(liveUsers.map((u) => u.id));
  const roleOf = new Map<string, GroupRole>(row?.group.memberships.map((m) => [m.userId, m.role]) ?? []);
  const authors = new Set(row?.roles.filter((r) => r.role === "author").map((r) => r.userId) ?? []);

  let closed = 0;
  let changed = 0;
  for (const connection of connections) {
    const context = connection.context as CollabContext;
    if (context.actor.kind === "guest") {
      // A guest stays while the public link they came through is still the document's link.
      if (!row?.publicLinkHash?.startsWith(context.actor.linkHashPrefix)) {
        connection.close(ACCESS_REVOKED_CLOSE);
        closed++;
      }
      continue;
    }
    const userId = context.actor.userId;
    const access: DocumentAccess = { documentId: document.name, groupId: row?.groupId ?? "", groupRole: roleOf.get(userId) ?? null, isAuthor: authors.has(userId) };
    if (!row || !alive.has(userId) || !can(context.actor, "document.read", access)) {
      connection.close(ACCESS_REVOKED_CLOSE);
      closed++;
      continue;
    }
    const canEditText = can(context.actor, "document.edit-text", access);
    if (connection.readOnly === canEditText) {
      connection.readOnly = !canEditText;
      const message: AccessChangedMessage = { type: "access-changed", canEditText };
      connection.sendStateless(JSON.stringify(message));
      changed++;
    }
    context.access = access;
    context.canEditText = canEditText;
  }
  return { closed, changed };
}
