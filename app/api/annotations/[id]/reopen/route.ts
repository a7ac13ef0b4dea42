import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { jsonBody, pathIds, reopenAnnotation, resolutionInput } from "@/lib/threads";

export const dynamic = "force-dynamic";

/** Reopens a resolved annotation `{ reason? }` (its author or a moderator). */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to reopen annotations.");
  const { id } = await pathIds(params);
  return NextResponse.json(await reopenAnnotation(actor, id, resolutionInput.parse(await jsonBody(request))));
});
