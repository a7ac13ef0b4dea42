import { NextResponse } from "next/server";
import { moderateArgument } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Moderators `{ action: pin|unpin|lock|unlock|hide|restore, reason? }`; answers with the ArgumentDTO. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await moderateArgument(actor, (await params).id, await jsonBody(request)));
});
