import { NextResponse } from "next/server";
import { annotationIdSchema, deleteAnnotation, getAnnotation, updateAnnotation } from "@/lib/annotations";
import { DomainError } from "@/lib/documents/errors";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

async function annotationIdParam(params: Promise<{ id: string }>) {
  const id = annotationIdSchema.safeParse((await params).id);
  if (!id.success) throw new DomainError(404, "not_found", "No such annotation.");
  return id.data;
}

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read annotations.");
  return NextResponse.json(await getAnnotation(actor, await annotationIdParam(params)));
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
