import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { accountNotFound, authorizeAccount } from "./authorize-account";
import { ACCOUNT_FIELDS, presentAccount, type AccountDetail } from "./present";
import { updateProfileInput } from "./schemas";

/**
 * Changes the display name and/or colour. Pages and sockets read both fresh from the user row,
 * so the header shows them on the next request; open paper connections on their next connect.
 */
export async function updateProfile(actor: Actor, accountId: string, input: unknown): Promise<AccountDetail> {
  authorizeAccount(actor, "account.update", accountId);
  const data = updateProfileInput.parse(input);
  const [row] = await db().user.updateManyAndReturn({ where: { id: accountId, deletedAt: null }, data, select: ACCOUNT_FIELDS });
  if (!row) throw accountNotFound();
  return presentAccount(row);
}
