import { z } from "zod";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/documents/errors";
import type { Actor } from "./actor";
import { can } from "./policy";
import { hashSecret, newApiTokenSecret } from "./api-token-secret";

export const apiTokenNameSchema = z.string().trim().min(1, "Give the token a name.").max(80, "A token name is at most 80 characters.");

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function presentApiToken(row: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenSummary {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null };
}

/** Creates a personal API token for `accountId`; the secret is returned here and never again. */
export async function createApiToken(actor: Actor, accountId: string, name: string): Promise<{ token: ApiTokenSummary; secret: string }> {
  if (!can(actor, "token.create", { accountId })) {
    throw new DomainError(403, "forbidden", actor.kind === "user" && actor.via === "token" ? "An API token cannot create tokens; sign in to create one." : "You may only create tokens for your own account.");
  }
  const secret = newApiTokenSecret();
  const row = await db().apiToken.create({
    data: { userId: accountId, name: apiTokenNameSchema.parse(name), tokenHash: hashSecret(secret), prefix: secret.slice(0, 10) },
  });
  return { token: presentApiToken(row), secret };
}
