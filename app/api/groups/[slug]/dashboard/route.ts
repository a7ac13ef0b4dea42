import { NextResponse } from "next/server";
import { getDashboard } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The moderators' dashboard of a group: presence, flags, pending questions, debates, participation counts. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor("Sign in to see the dashboard.");
  return NextResponse.json(await getDashboard(actor, (await params).slug));
});
