import { NextResponse } from "next/server";
import { editArgument } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Its author edits `{ body, evidence? }` while it has no replies; answers with the ArgumentDTO. */
export const PATCH = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to edit.");
  return NextResponse.json(await editArgument(actor, (await params).id, await jsonBody(request)));
});
