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

/** One person's colour in the room of a document's group; their own colour when not a member. */
export async function colourInDocumentRoom(documentId: string, userId: string, ownColour: string): Promise<string> {
  const document = await db().document.findUnique({ where: { id: documentId }, select: { groupId: true } });
  if (!document) return ownColour;
  return (await loadRoomColours(document.groupId)).get(userId) ?? ownColour;
}
