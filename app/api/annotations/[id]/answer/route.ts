import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { jsonBody, markAnswer, markAnswerInput, pathIds } from "@/lib/threads";

export const dynamic = "force-dynamic";

/** The asker chooses the answer `{ replyId }`, or clears it `{ replyId: null }`. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to choose an answer.");
  const { id } = await pathIds(params);
  return NextResponse.json(await markAnswer(actor, id, markAnswerInput.parse(await jsonBody(request))));
});
