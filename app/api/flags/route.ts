import { NextResponse } from "next/server";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";
import { flagContent } from "@/lib/moderation";

export const dynamic = "force-dynamic";

/** Flags an annotation or a reply for the moderators: `{ targetType, targetId, reason? }`. */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to flag.");
  return NextResponse.json(await flagContent(actor, await jsonBody(request)), { status: 201 });
});
