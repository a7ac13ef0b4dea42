import { NextResponse } from "next/server";
import { listQuestions } from "@/lib/documents";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Candidate debate questions found at import (and, later, proposed by members). */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read documents.");
  return NextResponse.json(await listQuestions(actor, await documentIdParam(params)));
});
