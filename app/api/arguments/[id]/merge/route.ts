import { NextResponse } from "next/server";
import { mergeArgument } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Moderators merge this duplicate into `{ targetId }`; answers `{ merge, target }`. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await mergeArgument(actor, (await params).id, await jsonBody(request)));
});
