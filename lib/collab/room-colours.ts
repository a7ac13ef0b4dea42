import { db } from "@/lib/db";
import { assignRoomColours } from "./assign-room-colours";

/**
 * The colours of a group's room: every member's, assigned over the whole membership in the
 * order people joined (so the earlier member keeps a contested colour). Derived from the
 * database alone, it is the same on every instance and for every client; whoever is present
 * is a subset of the members, so no two people present ever share a colour.
 */
export async function loadRoomColours(groupId: string): Promise<Map<string, string>> {
  const memberships = await db().membership.findMany({
    where: { groupId },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    select: { userId: true, user: { select: { color: true } } },
  });
  return assignRoomColours(memberships.map((m) => ({ id: m.userId, preferred: m.user.color })));
}

/**
 * The room colours of a document's group, by user id, for a page that already loaded the
 * document for its reader (the policy check is the page's): carets, avatars and the dots
 * beside names in threads then agree.
 */
export async function loadDocumentRoomColours(documentId: string): Promise<Record<string, string>> {
  const document = await db().document.findUnique({ where: { id: documentId }, select: { groupId: true } });
  return document ? Object.fromEntries(await loadRoomColours(document.groupId)) : {};
}
