import { NextResponse } from "next/server";
import { z } from "zod";
import { createAnnotation, exportW3C, importW3CAnnotation, listAnnotations } from "@/lib/annotations";
import { currentActor } from "@/lib/auth/session-actor";
import { apiRoute, documentIdParam, JSON_LD, publicBaseUrl, requireActor, sendsJsonLd, wantsJsonLd } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * A document's annotations: `{ items, nextCursor, total }`, filtered and sorted (see
 * listAnnotationsQuery). With `Accept: application/ld+json`: a W3C AnnotationCollection, or the
 * AnnotationPage `?page=N` (0-based).
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const searchParams = new URL(request.url).searchParams;
  const share = searchParams.get("share");
  const documentId = await documentIdParam(params);
  // A guest holding the public link reads the group's public discussion too (`?share=`).
  const actor = share ? await currentActor() : await requireActor("Sign in to read annotations.");
  if (share && !wantsJsonLd(request)) {
    searchParams.delete("share");
    return NextResponse.json(await listAnnotations(actor, documentId, Object.fromEntries(searchParams), { publicLink: share }));
  }
  if (wantsJsonLd(request)) {
    const page = z.coerce.number().int().min(0).optional().parse(searchParams.get("page") ?? undefined);
    const body = await exportW3C(actor, documentId, { baseUrl: publicBaseUrl(request), page });
    return NextResponse.json(body, { headers: { "content-type": JSON_LD, vary: "Accept" } });
  }
  return NextResponse.json(await listAnnotations(actor, documentId, Object.fromEntries(searchParams)), { headers: { vary: "Accept" } });
});

/**
 * Annotates a passage: `{ kind, body, tags, visibility, anchor: { start, end, quote } }` → 201.
 * A W3C Annotation sent as `application/ld+json` is imported (anchored by its quote).
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to annotate.");
  const documentId = await documentIdParam(params);
  const input = await request.json().catch(() => ({}));
  const created = sendsJsonLd(request) ? await importW3CAnnotation(actor, documentId, input) : await createAnnotation(actor, documentId, input);
  return NextResponse.json(created, { status: 201 });
});
