import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { authorizeAccount } from "./authorize-account";
import { changePasswordInput } from "./schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/** Sets a new password after checking the current one. */
export async function changePassword(actor: Actor, accountId: string, input: unknown): Promise<void> {
  authorizeAccount(actor, "account.update", accountId);
  const { currentPassword, newPassword } = changePasswordInput.parse(input);
  await verifyCurrentPassword(accountId, currentPassword, "currentPassword");
  await db().user.update({ where: { id: accountId }, data: { passwordHash: await hashPassword(newPassword) } });
}
