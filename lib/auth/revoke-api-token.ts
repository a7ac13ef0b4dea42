import { z } from "zod";
import { db } from "@/lib/db";
import { authorizeAccount } from "@/lib/accounts/authorize-account";
import { DomainError } from "@/lib/documents/errors";
import type { Actor } from "./actor";

const apiTokenIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/);

/**
 * Revokes one of the account's tokens. Effective on the next request: token authentication
 * reads revokedAt every time. Someone else's token, an unknown one or one already revoked
 * are all 404, indistinguishable.
 */
export async function revokeApiToken(actor: Actor, accountId: string, tokenId: string): Promise<void> {
  authorizeAccount(actor, "token.manage", accountId);
  const id = apiTokenIdSchema.safeParse(tokenId);
  const { count } = id.success
    ? await db().apiToken.updateMany({ where: { id: id.data, userId: accountId, revokedAt: null }, data: { revokedAt: new Date() } })
    : { count: 0 };
  if (count === 0) throw new DomainError(404, "not_found", "No such token.");
}
