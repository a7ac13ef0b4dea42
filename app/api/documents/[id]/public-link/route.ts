import { NextResponse } from "next/server";
import { createPublicLink, revokePublicLink } from "@/lib/documents";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

/** Creates (or replaces) the public read-only link; the link is in this response only. */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to share a paper.");
  // A path, not a URL: behind a proxy only the browser knows the public origin.
  return NextResponse.json(await createPublicLink(actor, await documentIdParam(params)), { status: 201 });
});

export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to stop sharing a paper.");
  await revokePublicLink(actor, await documentIdParam(params));
  return new NextResponse(null, { status: 204 });
});
