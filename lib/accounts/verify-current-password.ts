import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { hit, retryAfterSeconds, type RateLimitRule } from "@/lib/auth/rate-limit";
import { DomainError } from "@/lib/documents/errors";
import { accountNotFound } from "./authorize-account";

// Someone holding an open session (a borrowed laptop) must not be able to guess the password
// here faster than at sign-in.
export const PASSWORD_CONFIRMATION_PER_ACCOUNT: RateLimitRule = { name: "account:password-confirmation", limit: 10, windowMs: 15 * 60_000 };

/**
 * Checks the password a member types to confirm a sensitive change. A wrong one is a 422 on
 * `field`, so the form can show it next to the input.
 */
export async function verifyCurrentPassword(accountId: string, password: string, field: string): Promise<void> {
  const wait = retryAfterSeconds(PASSWORD_CONFIRMATION_PER_ACCOUNT, accountId);
  if (wait > 0) {
    throw new DomainError(429, "rate_limited", `Too many wrong passwords. Try again in ${Math.ceil(wait / 60)} minutes.`, { retryAfterSeconds: wait });
  }
  const user = await db().user.findFirst({ where: { id: accountId, deletedAt: null }, select: { passwordHash: true } });
  if (!user) throw accountNotFound();
  if (!(await verifyPassword(user.passwordHash, password))) {
    hit(PASSWORD_CONFIRMATION_PER_ACCOUNT, accountId);
    throw new DomainError(422, "invalid_input", "The password is not right.", { fields: { [field]: "This is not your current password." } });
  }
}
