import { ownAccountId } from "@/lib/accounts";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Revokes one of the account's tokens, effective on its next use. */
export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to revoke an API token.");
  await revokeApiToken(actor, ownAccountId(actor), (await params).id);
  return new Response(null, { status: 204 });
});
