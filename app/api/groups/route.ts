import { NextResponse } from "next/server";
import { createGroup, cursorFrom, jsonBody, listMyGroups } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The groups the caller is a member of. */
export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to list your groups.");
  return NextResponse.json(await listMyGroups(actor, cursorFrom(request)));
});

/** Creates a group `{ name }`; the caller becomes its owner. */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to create a group.");
  return NextResponse.json(await createGroup(actor, await jsonBody(request)), { status: 201 });
});
