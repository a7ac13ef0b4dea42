import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { authorizeGroup } from "./load-group-access";
import { newestFirst, PAGE_SIZE, toPage, type Page } from "./paging";
import { INVITE_SELECT, presentInvite, type InviteSummary } from "./present";

/** Owners see the group's invite links (never their secrets), newest first, with their state. */
export async function listInvites(actor: Actor, slug: string, cursor?: string): Promise<Page<InviteSummary>> {
  const group = await authorizeGroup(actor, slug, "group.invite", "Only the group’s owners can see its invite links.");
  const rows = await db().invite.findMany({
    where: { groupId: group.id },
    ...newestFirst(cursor),
    select: INVITE_SELECT,
  });
  return toPage(rows, PAGE_SIZE, (row) => row.id, (row) => presentInvite(row));
}
