import { NextResponse } from "next/server";
import { createPersonalToken, ownAccountId } from "@/lib/accounts";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The account's active personal API tokens (metadata only). */
export const GET = apiRoute(async () => {
  const actor = await requireActor("Sign in to list your API tokens.");
  return NextResponse.json(await listApiTokens(actor, ownAccountId(actor)));
});

/** Creates a token: `{ name }`. The secret is in this response and never again. */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to create an API token.");
  const created = await createPersonalToken(actor, ownAccountId(actor), await request.json().catch(() => ({})));
  return NextResponse.json(created, { status: 201, headers: { "cache-control": "no-store" } });
});
