import { NextResponse } from "next/server";
import { createInvite, cursorFrom, jsonBody, listInvites } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** The group's invite links, without their secrets (owners). */
export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to see invite links.");
  return NextResponse.json(await listInvites(actor, (await params).slug, cursorFrom(request)));
});

/**
 * Creates an invite link `{ role, expiresInDays, maxUses }` (owners). Its secret `token` and `path`
 * are shown this once; a path, not a URL: behind a proxy only the browser knows the public origin.
 */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to create invite links.");
  return NextResponse.json(await createInvite(actor, (await params).slug, await jsonBody(request)), { status: 201 });
});
