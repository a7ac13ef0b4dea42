import { NextResponse } from "next/server";
import { listClaims } from "@/lib/claims";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The document's claims with status and counts; `?sort=contested|recent|position`. */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read claims.");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return NextResponse.json(await listClaims(actor, await documentIdParam(params), query));
});
