import { NextResponse } from "next/server";
import { listArgumentRevisions } from "@/lib/debates";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** An argument's earlier versions, oldest first. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read debates.");
  return NextResponse.json(await listArgumentRevisions(actor, (await params).id));
});
