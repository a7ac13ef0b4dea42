import { db } from "@/lib/db";
import { FORMER_MEMBER, FORMER_MEMBER_COLOR } from "@/lib/annotations/present";
import type { Actor } from "@/lib/auth/actor";
import { requestAccessRefresh } from "@/lib/collab/refresh-access";
import { DomainError } from "@/lib/documents/errors";
import { authorizeAccount } from "./authorize-account";
import { deletePrivateContent } from "./delete-private-content";
import { deleteAccountInput } from "./schemas";
import { findSoleOwnedGroups, lockOwnedGroups } from "./sole-owned-groups";
import { verifyCurrentPassword } from "./verify-current-password";

// The scrubbed row carries the same name and grey the presenters show for a deleted author.
export const FORMER_MEMBER_NAME = FORMER_MEMBER;

export function scrubbedEmail(accountId: string): string {
  return `deleted-${accountId}@deleted.invalid`;
}

/**
 * Deletes an account, keeping its group content. The user row stays (scrubbed: no email, name
 * or password), so annotations, arguments and imported papers remain attributed to "Former
 * member"; memberships, author roles and private content go, and every token is revoked. Only
 * a signed-in session with the current password may do it, and not while the account is the
 * last owner of a group.
 */
export async function deleteAccount(actor: Actor, accountId: string, input: unknown): Promise<void> {
  authorizeAccount(actor, "account.delete", accountId);
  const { password } = deleteAccountInput.parse(input);
  await verifyCurrentPassword(accountId, password, "password");

  await db().$transaction(async (tx) => {
    await lockOwnedGroups(tx, accountId);
    const blocking = await findSoleOwnedGroups(tx, accountId);
    if (blocking.length > 0) {
      const names = blocking.map((group) => `“${group.name}”`).join(", ");
      throw new DomainError(409, "last_owner", `You are the last owner of ${names}. Make another member an owner first, then delete your account.`, {
        groups: blocking.map(({ slug, name }) => ({ slug, name })),
      });
    }
    const now = new Date();
    await deletePrivateContent(tx, accountId);
    await tx.membership.deleteMany({ where: { userId: accountId } });
    await tx.documentRole.deleteMany({ where: { userId: accountId } });
    await tx.apiToken.updateMany({ where: { userId: accountId, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.update({
      where: { id: accountId },
      data: { deletedAt: now, email: scrubbedEmail(accountId), name: FORMER_MEMBER_NAME, color: FORMER_MEMBER_COLOR, passwordHash: "" },
    });
  });
  // Open paper connections of this member close now rather than at the next periodic re-check.
  requestAccessRefresh();
}
