import { NextResponse } from "next/server";
import { deleteDocument, getDocument } from "@/lib/documents";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** One document with its current plain text (not the editor JSON). */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read documents.");
  const { content: _content, ...document } = await getDocument(actor, await documentIdParam(params));
  return NextResponse.json(document);
});

export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to delete documents.");
  await deleteDocument(actor, await documentIdParam(params));
  return new NextResponse(null, { status: 204 });
});
