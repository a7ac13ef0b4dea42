import { NextResponse } from "next/server";
import { createAnnotation, listAnnotations } from "@/lib/annotations";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** A document's annotations: `{ items, nextCursor, total }`, filtered and sorted (see listAnnotationsQuery). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read annotations.");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return NextResponse.json(await listAnnotations(actor, await documentIdParam(params), query));
});

/** Annotates a passage: `{ kind, body, tags, visibility, anchor: { start, end, quote } }` → 201. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to annotate.");
  const input = await request.json().catch(() => ({}));
  return NextResponse.json(await createAnnotation(actor, await documentIdParam(params), input), { status: 201 });
});
