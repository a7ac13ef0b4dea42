import { NextResponse } from "next/server";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";
import { listFlags } from "@/lib/moderation";

export const dynamic = "force-dynamic";

/** The document's open flags, one item per flagged annotation or reply (moderators). */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to see flags.");
  return NextResponse.json(await listFlags(actor, await documentIdParam(params)));
});
