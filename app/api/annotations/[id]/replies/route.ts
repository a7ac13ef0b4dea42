import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { addReply, addReplyInput, jsonBody, listReplies, pathIds } from "@/lib/threads";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The annotation's replies as a tree, with the thread's state and reactions. */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to read the discussion.");
  const { id } = await pathIds(params);
  return NextResponse.json(await listReplies(actor, id));
});

/** Replies `{ body, parentId? }`: 201 with the reply. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to reply.");
  const { id } = await pathIds(params);
  return NextResponse.json(await addReply(actor, id, addReplyInput.parse(await jsonBody(request))), { status: 201 });
});
