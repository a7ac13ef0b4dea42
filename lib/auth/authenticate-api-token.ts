import { db } from "@/lib/db";
import type { UserActor } from "./actor";
import { API_TOKEN_PREFIX, hashSecret } from "./api-token-secret";

// lastUsedAt is informative; writing it at most once a minute keeps token auth one read.
const LAST_USED_GRANULARITY_MS = 60_000;

/** The user behind a Bearer token, or null for an unknown, revoked or deleted one. */
export async function authenticateApiToken(secret: string): Promise<UserActor | null> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, name: true, color: true, deletedAt: true } } },
  });
  if (!token || token.revokedAt || token.user.deletedAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    void db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return { kind: "user", userId: token.user.id, name: token.user.name, color: token.user.color, via: "token" };
}
