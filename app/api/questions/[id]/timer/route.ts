import { NextResponse } from "next/server";
import { runRoundTimer } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Moderators `{ action: "start", seconds }` or `{ action: "stop" }` the round timer; answers with the QuestionDTO. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await runRoundTimer(actor, (await params).id, await jsonBody(request)));
});
