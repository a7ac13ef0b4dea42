import { db } from "@/lib/db";
import { notify } from "@/lib/threads/notify";

/**
 * Tells the paper's authors that a member contested one of its claims: in their inbox and,
 * unless read there first, by e-mail. Once per member per claim: changing one's reason, or
 * going back and forth, does not tell the authors again. notify() keeps only authors who may
 * read the claim (a private claim reaches nobody but its own writer).
 */
export async function notifyClaimContested(annotationId: string, contesterId: string): Promise<number> {
  const claim = await db().annotation.findUnique({
    where: { id: annotationId },
    select: { id: true, documentId: true, document: { select: { roles: { where: { role: "author" }, select: { userId: true } } } } },
  });
  if (!claim) return 0;
  const authors = claim.document.roles.map((role) => role.userId).filter((id) => id !== contesterId);
  if (authors.length === 0) return 0;
  const told = await db().inboxItem.findMany({ where: { kind: "claim-contested", annotationId, actorId: contesterId, userId: { in: authors } }, select: { userId: true } });
  const already = new Set(told.map((item) => item.userId));
  return notify(
    authors.filter((id) => !already.has(id)).map((userId) => ({ userId, kind: "claim-contested" as const, actorId: contesterId, documentId: claim.documentId, annotationId })),
  );
}
