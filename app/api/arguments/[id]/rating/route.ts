import { NextResponse } from "next/server";
import { rateArgument, unrateArgument } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Rates the argument's impact `{ value: 0..4 }`; answers with the ArgumentDTO. */
export const PUT = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to rate.");
  return NextResponse.json(await rateArgument(actor, (await params).id, await jsonBody(request)));
});

/** Withdraws the caller's rating; answers with the ArgumentDTO. */
export const DELETE = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to rate.");
  return NextResponse.json(await unrateArgument(actor, (await params).id));
});
