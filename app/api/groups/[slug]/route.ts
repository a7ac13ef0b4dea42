import { NextResponse } from "next/server";
import { getGroup, jsonBody, renameGroup } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** The group with its members, the caller's role and rights, and its papers. */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to see this group.");
  return NextResponse.json(await getGroup(actor, (await params).slug));
});

/** Renames the group `{ name }` (owners). */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to rename this group.");
  return NextResponse.json(await renameGroup(actor, (await params).slug, await jsonBody(request)));
});
