import { NextResponse } from "next/server";
import { annotationIdSchema, deleteAnnotation, exportW3CAnnotation, getAnnotation, updateAnnotation } from "@/lib/annotations";
import { DomainError } from "@/lib/documents/errors";
import { apiRoute, JSON_LD, publicBaseUrl, requireActor, wantsJsonLd } from "@/lib/http";

export const dynamic = "force-dynamic";

async function annotationIdParam(params: Promise<{ id: string }>) {
  const id = annotationIdSchema.safeParse((await params).id);
  if (!id.success) throw new DomainError(404, "not_found", "No such annotation.");
  return id.data;
}

/** One annotation; as a W3C Annotation (JSON-LD) with `Accept: application/ld+json`. */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read annotations.");
  const id = await annotationIdParam(params);
  if (wantsJsonLd(request)) {
    return NextResponse.json(await exportW3CAnnotation(actor, id, publicBaseUrl(request)), { headers: { "content-type": JSON_LD, vary: "Accept" } });
  }
  return NextResponse.json(await getAnnotation(actor, id), { headers: { vary: "Accept" } });
});

/** The author edits `{ body?, tags? }`. */
export const PATCH = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to edit annotations.");
  return NextResponse.json(await updateAnnotation(actor, await annotationIdParam(params), await request.json().catch(() => ({}))));
});

export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to delete annotations.");
  await deleteAnnotation(actor, await annotationIdParam(params));
  return new NextResponse(null, { status: 204 });
});
