import { NextResponse } from "next/server";
import { listStances } from "@/lib/claims";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Both sides of a claim with reasons and evidence, and its summary. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read stances.");
  return NextResponse.json(await listStances(actor, (await params).id));
});
