import { db, type Prisma } from "@/lib/db";
import type { GroupRole } from "@/lib/auth/policy";
import { requestAccessRefresh } from "@/lib/collab/refresh-access";
import { DomainError, lastOwner } from "./errors";
import { MEMBER_SELECT } from "./present";

type Tx = Prisma.TransactionClient;

/**
 * Runs a membership change in a transaction holding the group row's lock, so two concurrent
 * changes (two owners demoting each other) cannot together leave the group without an owner.
 * Afterwards open live connections of the group re-check their rights right away.
 */
export async function changeMembership<T>(groupId: string, change: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Group" WHERE "id" = ${groupId} FOR UPDATE`;
    return change(tx);
  });
  requestAccessRefresh(groupId);
  return result;
}

/** A member's row, read inside the locked transaction; 404 when the user is not a member. */
export async function lockedMember(tx: Tx, groupId: string, userId: string) {
  const member = await tx.membership.findUnique({
    where: { groupId_userId: { groupId, userId } },
    select: MEMBER_SELECT,
  });
  if (!member) throw new DomainError(404, "member_not_found", "That person is not a member of this group.");
  return member;
}

/** 409 when taking `role` away from this member would leave the group without an owner. */
export async function keepAnOwner(tx: Tx, groupId: string, role: GroupRole, message: string) {
  if (role !== "owner") return;
  const owners = await tx.membership.count({ where: { groupId, role: "owner", user: { deletedAt: null } } });
  if (owners <= 1) throw lastOwner(message);
}

/** A member who leaves or is removed stops being an author of the group's papers too. */
export async function dropDocumentRoles(tx: Tx, groupId: string, userId: string) {
  await tx.documentRole.deleteMany({ where: { userId, document: { groupId } } });
}
