import { NextResponse } from "next/server";
import { createArgument, listArguments } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The question's arguments in display order, with the question (DebateListing). */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to read debates.");
  return NextResponse.json(await listArguments(actor, (await params).id));
});

/** Posts `{ parentId, stance, body, evidence?, asAuthor? }`; 201 with the ArgumentDTO. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to argue.");
  return NextResponse.json(await createArgument(actor, (await params).id, await jsonBody(request)), { status: 201 });
});
