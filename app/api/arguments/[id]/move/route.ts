import { NextResponse } from "next/server";
import { moveArgument } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Moderators re-parent `{ parentId, stance }` within the question; answers with the ArgumentDTO. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await moveArgument(actor, (await params).id, await jsonBody(request)));
});
