import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/session-actor";
import { documentIdSchema, getDocument, DomainError } from "@/lib/documents";
import { apiRoute, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await currentActor();
  if (actor.kind === "anonymous") return errorResponse(401, "unauthenticated", "Sign in to read documents.");
  const id = documentIdSchema.safeParse((await params).id);
  if (!id.success) throw new DomainError(404, "not_found", "No such document.");
  const { content: _content, ...document } = await getDocument(actor, id.data);
  return NextResponse.json(document);
});
