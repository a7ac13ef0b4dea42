import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/session-actor";
import { documentIdSchema, getDocument, DomainError } from "@/lib/documents";
import { apiRoute, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Candidate debate questions found at import (and, later, proposed by members). */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await currentActor();
  if (actor.kind === "anonymous") return errorResponse(401, "unauthenticated", "Sign in to read documents.");
  const id = documentIdSchema.safeParse((await params).id);
  if (!id.success) throw new DomainError(404, "not_found", "No such document.");
  const document = await getDocument(actor, id.data);
  return NextResponse.json({ items: document.questions, nextCursor: null });
});
