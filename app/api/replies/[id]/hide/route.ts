import { NextResponse } from "next/server";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";
import { hideContent } from "@/lib/moderation";

export const dynamic = "force-dynamic";

/** Hides the reply with `{ reason }` (moderators); the content stays stored. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await hideContent(actor, "reply", (await params).id, await jsonBody(request)));
});
