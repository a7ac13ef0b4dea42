import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { PAGE_SIZE, toPage, type Page } from "./paging";
import { presentGroupSummary, type GroupSummary } from "./present";

/** The groups the actor belongs to, filtered in the query, by name. */
export async function listMyGroups(actor: Actor, cursor?: string): Promise<Page<GroupSummary>> {
  if (actor.kind !== "user") return { items: [], nextCursor: null };
  const rows = await db().group.findMany({
    where: { memberships: { some: { userId: actor.userId } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      slug: true,
      name: true,
      memberships: { where: { userId: actor.userId }, select: { role: true } },
      _count: { select: { memberships: true, documents: true } },
    },
  });
  return toPage(rows, PAGE_SIZE, (row) => row.id, presentGroupSummary);
}
