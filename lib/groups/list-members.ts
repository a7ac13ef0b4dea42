import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { authorizeGroup } from "./load-group-access";
import { toPage, type Page } from "./paging";
import { MEMBER_SELECT, presentMember, type MemberSummary } from "./present";

export const MEMBERS_PAGE_SIZE = 100;

/** One page of a group's members, owners first (the enum's order), then by joining date. */
export async function membersPage(groupId: string, actor: Actor, cursor?: string): Promise<Page<MemberSummary>> {
  const rows = await db().membership.findMany({
    where: { groupId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: MEMBERS_PAGE_SIZE + 1,
    ...(cursor ? { cursor: { groupId_userId: { groupId, userId: cursor } }, skip: 1 } : {}),
    select: MEMBER_SELECT,
  });
  const me = actor.kind === "user" ? actor.userId : null;
  return toPage(rows, MEMBERS_PAGE_SIZE, (row) => row.userId, (row) => presentMember(row, me));
}

/** Every member of the group may see who else is in it. */
export async function listMembers(actor: Actor, slug: string, cursor?: string): Promise<Page<MemberSummary>> {
  const group = await authorizeGroup(actor, slug, "group.read", "You cannot see this group’s members.");
  return membersPage(group.id, actor, cursor);
}
