import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { editReply, editReplyInput, jsonBody, pathIds } from "@/lib/threads";

export const dynamic = "force-dynamic";

/** Its author edits a reply `{ body }`. */
export const PATCH = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string; replyId: string }> }) => {
  const actor = await requireActor("Sign in to edit replies.");
  const { id, replyId } = await pathIds(params);
  return NextResponse.json(await editReply(actor, id, replyId, editReplyInput.parse(await jsonBody(request))));
});
