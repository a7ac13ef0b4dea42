import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/session-actor";
import { listArguedPassages } from "@/lib/debates";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * Passages of the paper cited by visible arguments of its debates:
 * `{ items: [{ questionId, questionText, start, end, quote }], nextCursor: null }`.
 * A guest holding the public link (`?share=`) reads them too.
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const share = new URL(request.url).searchParams.get("share");
  const actor = share ? await currentActor() : await requireActor("Sign in to read documents.");
  return NextResponse.json(await listArguedPassages(actor, await documentIdParam(params), share ? { publicLink: share } : {}));
});
