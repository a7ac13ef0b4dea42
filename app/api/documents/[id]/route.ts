import { NextResponse } from "next/server";
import { getDocument } from "@/lib/documents";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** One document with its current plain text (not the editor JSON). */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read documents.");
  const { content: _content, ...document } = await getDocument(actor, await documentIdParam(params));
  return NextResponse.json(document);
});
