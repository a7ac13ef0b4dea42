import { db } from "@/lib/db";
import { authorizeAccount } from "@/lib/accounts/authorize-account";
import type { Actor } from "./actor";
import { presentApiToken, type ApiTokenSummary } from "./create-api-token";

/** The account's tokens that still work, newest first (metadata only: never a secret or hash). */
export async function listApiTokens(actor: Actor, accountId: string): Promise<{ items: ApiTokenSummary[]; nextCursor: null }> {
  authorizeAccount(actor, "account.read", accountId);
  const rows = await db().apiToken.findMany({ where: { userId: accountId, revokedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return { items: rows.map(presentApiToken), nextCursor: null };
}
