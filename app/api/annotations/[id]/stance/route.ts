import { NextResponse } from "next/server";
import { setStance, withdrawStance } from "@/lib/claims";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Takes or changes the caller's stance `{ value, reason, evidence? }`; answers with the claim summary. */
export const PUT = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to take a stance.");
  return NextResponse.json(await setStance(actor, (await params).id, await jsonBody(request)));
});

/** Withdraws the caller's stance; answers with the claim summary. */
export const DELETE = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to withdraw a stance.");
  return NextResponse.json(await withdrawStance(actor, (await params).id));
});
