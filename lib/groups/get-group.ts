import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { presentDocumentSummary } from "@/lib/documents/present";
import { membersPage } from "./list-members";
import { authorizeGroup } from "./load-group-access";
import { groupUrl, type GroupDetail } from "./present";

const MAX_DOCUMENTS = 200;

/** A group as its members see it: members, the actor's role and rights, and its papers. */
export async function getGroup(actor: Actor, slug: string): Promise<GroupDetail> {
  const group = await authorizeGroup(actor, slug, "group.read", "You cannot read this group.");
  const [members, memberCount, documents] = await Promise.all([
    membersPage(group.id, actor),
    db().membership.count({ where: { groupId: group.id } }),
    db().document.findMany({
      where: { groupId: group.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_DOCUMENTS,
      select: { id: true, title: true, format: true, createdAt: true, roles: { where: { role: "author" }, select: { user: { select: { id: true, name: true } } } } },
    }),
  ]);
  const access = group.access;
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    url: groupUrl(group.slug),
    myRole: access.groupRole,
    permissions: {
      rename: can(actor, "group.rename", access),
      manageMembers: can(actor, "group.manage-members", access),
      invite: can(actor, "group.invite", access),
      viewAudit: can(actor, "group.view-audit", access),
      leave: access.groupRole !== null && can(actor, "group.leave", access),
    },
    memberCount,
    members: members.items,
    membersNextCursor: members.nextCursor,
    documents: documents.map((row) => ({ ...presentDocumentSummary(row), authors: row.roles.map((r) => r.user) })),
  };
}
