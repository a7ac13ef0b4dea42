import { NextResponse } from "next/server";
import { getGroupSettings, jsonBody, updateGroupSettings } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** The group's debate settings (members). */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to see group settings.");
  return NextResponse.json(await getGroupSettings(actor, (await params).slug));
});

/** Owners change `{ ratingVisibility?, moderatorsSeeNames? }`. */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to change group settings.");
  return NextResponse.json(await updateGroupSettings(actor, (await params).slug, await jsonBody(request)));
});
