import { NextResponse } from "next/server";
import { clearClaimRevision, markClaimRevised } from "@/lib/claims";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";
import { pathIds } from "@/lib/threads";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Marks a claim revised in the text `{ url, note? }` (the paper's authors, owners); answers with the claim summary. */
export const PUT = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to mark a claim revised.");
  const { id } = await pathIds(params);
  return NextResponse.json(await markClaimRevised(actor, id, await jsonBody(request)));
});

/** Takes the "revised in the text" mark back; answers with the claim summary. */
export const DELETE = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to change a claim.");
  const { id } = await pathIds(params);
  return NextResponse.json(await clearClaimRevision(actor, id));
});
