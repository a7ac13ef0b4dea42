import { NextResponse } from "next/server";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";
import { dismissFlags } from "@/lib/moderation";

export const dynamic = "force-dynamic";

/** Resolves the open flags on an annotation or a reply without hiding it: `{ targetType, targetId }` (moderators). */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await dismissFlags(actor, await jsonBody(request)));
});
