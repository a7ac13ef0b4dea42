import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { authorizeAccount } from "./authorize-account";

export interface GroupRef {
  id: string;
  slug: string;
  name: string;
}

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** Groups in which the account is the only owner: it must hand them over before leaving for good. */
export async function findSoleOwnedGroups(client: Client, accountId: string): Promise<GroupRef[]> {
  return client.$queryRaw<GroupRef[]>`
    SELECT g.id, g.slug, g.name
    FROM "Group" g
    JOIN "Membership" mine ON mine."groupId" = g.id AND mine."userId" = ${accountId} AND mine.role = 'owner'
    WHERE NOT EXISTS (
      SELECT 1 FROM "Membership" other
      WHERE other."groupId" = g.id AND other.role = 'owner' AND other."userId" <> ${accountId}
    )
    ORDER BY g.name`;
}

/**
 * Locks the row of every group the account owns, the same lock lib/groups takes for a
 * membership change (see membership-lock.ts): two owners deleting their accounts at once, or
 * a deletion racing a demotion, run one after the other and cannot leave a group without an
 * owner. Ordered by id so two deletions never wait on each other in a cycle.
 */
export async function lockOwnedGroups(tx: Prisma.TransactionClient, accountId: string): Promise<void> {
  await tx.$queryRaw`
    SELECT id FROM "Group"
    WHERE id IN (SELECT "groupId" FROM "Membership" WHERE "userId" = ${accountId} AND role = 'owner')
    ORDER BY id
    FOR UPDATE`;
}

/** For the settings page: which groups stand in the way of deleting the account. */
export async function listGroupsBlockingDeletion(actor: Actor, accountId: string): Promise<GroupRef[]> {
  authorizeAccount(actor, "account.read", accountId);
  return findSoleOwnedGroups(db(), accountId);
}
