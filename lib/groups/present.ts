import type { GroupRole } from "@/lib/auth/policy";
import type { DocumentSummary } from "@/lib/documents/present";

export type { Page } from "./paging";

export interface GroupSummary {
  id: string;
  slug: string;
  name: string;
  url: string;
  myRole: GroupRole;
  memberCount: number;
  documentCount: number;
}

export interface MemberSummary {
  userId: string;
  name: string;
  color: string;
  role: GroupRole;
  joinedAt: string;
  isMe: boolean;
}

/** What the actor may do in the group, from the policy (pages show controls from it). */
export interface GroupPermissions {
  rename: boolean;
  manageMembers: boolean;
  invite: boolean;
  viewAudit: boolean;
  leave: boolean;
}

export interface GroupDetail {
  id: string;
  slug: string;
  name: string;
  url: string;
  myRole: GroupRole | null;
  permissions: GroupPermissions;
  memberCount: number;
  members: MemberSummary[];
  /** Present when the group has more members than fit in `members`; page on with /members. */
  membersNextCursor: string | null;
  /** Each paper with its authors (the members who may revise its text). */
  documents: (DocumentSummary & { authors: { id: string; name: string }[] })[];
}

export type InviteStatus = "active" | "expired" | "used-up" | "revoked";

export interface InviteSummary {
  id: string;
  role: GroupRole;
  status: InviteStatus;
  uses: number;
  maxUses: number | null;
  expiresAt: string | null;
  createdAt: string;
  createdBy: string | null;
}

/** Returned once, when the invite is created: the secret is never stored nor shown again. */
export interface CreatedInvite {
  invite: InviteSummary;
  token: string;
  path: string;
}

export interface AuditEventSummary {
  id: string;
  action: string;
  actor: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  data: Record<string, unknown>;
  summary: string;
  createdAt: string;
}

export const FORMER_MEMBER = "former member";

/** The columns `presentMember` needs, for every query that loads a membership. */
export const MEMBER_SELECT = { userId: true, role: true, createdAt: true, user: { select: { name: true, color: true, deletedAt: true } } } as const;

export function groupUrl(slug: string) {
  return `/groups/${slug}`;
}

export function presentGroupSummary(row: {
  id: string;
  slug: string;
  name: string;
  memberships: { role: GroupRole }[];
  _count: { memberships: number; documents: number };
}): GroupSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    url: groupUrl(row.slug),
    myRole: row.memberships[0].role,
    memberCount: row._count.memberships,
    documentCount: row._count.documents,
  };
}

export function presentMember(
  row: { userId: string; role: GroupRole; createdAt: Date; user: { name: string; color: string; deletedAt: Date | null } },
  actorUserId: string | null,
): MemberSummary {
  return {
    userId: row.userId,
    name: row.user.deletedAt ? FORMER_MEMBER : row.user.name,
    color: row.user.color,
    role: row.role,
    joinedAt: row.createdAt.toISOString(),
    isMe: row.userId === actorUserId,
  };
}

export function inviteStatus(row: { revokedAt: Date | null; expiresAt: Date | null; maxUses: number | null; uses: number }, now = new Date()): InviteStatus {
  if (row.revokedAt) return "revoked";
  if (row.expiresAt && row.expiresAt <= now) return "expired";
  if (row.maxUses !== null && row.uses >= row.maxUses) return "used-up";
  return "active";
}

export const INVITE_SELECT = {
  id: true,
  role: true,
  uses: true,
  maxUses: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { name: true, deletedAt: true } },
} as const;

export function presentInvite(row: {
  id: string;
  role: GroupRole;
  uses: number;
  maxUses: number | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  createdBy: { name: string; deletedAt: Date | null } | null;
}): InviteSummary {
  return {
    id: row.id,
    role: row.role,
    status: inviteStatus(row),
    uses: row.uses,
    maxUses: row.maxUses,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ? (row.createdBy.deletedAt ? FORMER_MEMBER : row.createdBy.name) : null,
  };
}
