import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { restoreContent } from "@/lib/moderation";

export const dynamic = "force-dynamic";

/** Restores the hidden annotation (moderators). */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await restoreContent(actor, "annotation", (await params).id));
});
