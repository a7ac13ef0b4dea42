import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";

/**
 * Notes that the member opened the paper now. Call only after the paper was loaded for this
 * actor (the page's read already went through the policy). Returns the previous visit, if any.
 */
export async function recordDocumentVisit(actor: UserActor, documentId: string, now = new Date()): Promise<Date | null> {
  const previous = await db().documentVisit.findUnique({ where: { userId_documentId: { userId: actor.userId, documentId } }, select: { lastVisitedAt: true } });
  await db().documentVisit.upsert({
    where: { userId_documentId: { userId: actor.userId, documentId } },
    create: { userId: actor.userId, documentId, lastVisitedAt: now },
    update: { lastVisitedAt: now },
  });
  return previous?.lastVisitedAt ?? null;
}
