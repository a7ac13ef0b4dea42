import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { jsonBody, markInboxRead, markInboxReadInput } from "@/lib/threads";

export const dynamic = "force-dynamic";

/** Marks `{ ids }` of my inbox read, or everything when `ids` is left out. */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to read your inbox.");
  return NextResponse.json(await markInboxRead(actor, markInboxReadInput.parse(await jsonBody(request))));
});
