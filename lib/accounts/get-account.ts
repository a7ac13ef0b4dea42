import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { accountNotFound, authorizeAccount } from "./authorize-account";
import { ACCOUNT_FIELDS, presentAccount, type AccountDetail } from "./present";

/** The actor's own account (never its password hash). */
export async function getAccount(actor: Actor, accountId: string): Promise<AccountDetail> {
  authorizeAccount(actor, "account.read", accountId);
  const row = await db().user.findFirst({ where: { id: accountId, deletedAt: null }, select: ACCOUNT_FIELDS });
  if (!row) throw accountNotFound();
  return presentAccount(row);
}
