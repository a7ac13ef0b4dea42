import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { jsonBody, pathIds, resolutionInput, resolveAnnotation } from "@/lib/threads";

export const dynamic = "force-dynamic";

/** Resolves the annotation `{ reason? }` (its author or a moderator). */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to resolve annotations.");
  const { id } = await pathIds(params);
  return NextResponse.json(await resolveAnnotation(actor, id, resolutionInput.parse(await jsonBody(request))));
});
