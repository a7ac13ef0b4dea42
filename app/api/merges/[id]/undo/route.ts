import { NextResponse } from "next/server";
import { undoMerge } from "@/lib/debates";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Moderators undo a merge; answers `{ source, targetId }`. */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await undoMerge(actor, (await params).id));
});
