import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/documents/errors";
import { ANONYMOUS, type Actor } from "./actor";
import { authOptions } from "./auth-options";
import { authenticateApiToken } from "./authenticate-api-token";

/**
 * The actor of the current request (pages, route handlers). `Authorization: Bearer <token>`
 * wins over the session cookie; a Bearer token that is not valid is a 401, never a silent
 * fallback to anonymous. The session only names the user; name and colour are read fresh.
 */
export async function currentActor(): Promise<Actor> {
  const authorization = (await headers()).get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await authenticateApiToken(match[1]) : null;
    if (!actor) throw new DomainError(401, "invalid_token", "The API token is invalid, revoked or expired.");
    return actor;
  }
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return ANONYMOUS;
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, color: true, deletedAt: true } });
  if (!user || user.deletedAt) return ANONYMOUS;
  return { kind: "user", userId: user.id, name: user.name, color: user.color, via: "session" };
}
