import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "./load-thread";
import { markInboxReadInput, type MarkInboxReadInput } from "./schemas";

/**
 * Marks some of my inbox items read (`ids`), or all of them (no `ids`). Ids that are not mine,
 * or already read, are passed over silently: nobody learns whether another's item exists.
 */
export async function markInboxRead(actor: Actor, input: MarkInboxReadInput = {}): Promise<{ updated: number; unreadCount: number }> {
  const user = requireUser(actor, "Sign in to read your inbox.");
  const { ids } = markInboxReadInput.parse(input);
  const { count } = await db().inboxItem.updateMany({
    where: { userId: user.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  const unreadCount = await db().inboxItem.count({ where: { userId: user.userId, readAt: null } });
  return { updated: count, unreadCount };
}
