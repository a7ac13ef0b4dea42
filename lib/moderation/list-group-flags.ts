import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { authorizeGroup } from "@/lib/groups/load-group-access";
import { flaggedItems } from "./flagged-items";
import type { FlaggedItem } from "./present";

/** How many flagged items a group's queue shows at once; a longer queue says so. */
export const GROUP_FLAG_LIMIT = 100;

/** The open flags of a group's documents, ids only known to have been authorized by the caller. */
export async function groupFlaggedItems(groupId: string): Promise<FlaggedItem[]> {
  const documents = await db().document.findMany({ where: { groupId }, select: { id: true } });
  return flaggedItems({ documentId: { in: documents.map((document) => document.id) } }, GROUP_FLAG_LIMIT);
}

/**
 * Every open flag across a group's papers, for its moderators (403 for other members, 404 for
 * non-members), one item per flagged annotation or reply, oldest flag first.
 */
export async function listGroupFlags(actor: Actor, slug: string): Promise<{ items: FlaggedItem[]; nextCursor: null }> {
  const group = await authorizeGroup(actor, slug, "group.moderate", "Only moderators see the flag queue.");
  return { items: await groupFlaggedItems(group.id), nextCursor: null };
}
