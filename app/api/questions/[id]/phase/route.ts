import { NextResponse } from "next/server";
import { changePhase } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Moderators `{ action: approve|open|close|reopen|dismiss, outcome? }`; answers with the QuestionDTO. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await changePhase(actor, (await params).id, await jsonBody(request)));
});
