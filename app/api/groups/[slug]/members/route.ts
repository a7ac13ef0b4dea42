import { NextResponse } from "next/server";
import { cursorFrom, listMembers } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor("Sign in to see this group’s members.");
  return NextResponse.json(await listMembers(actor, (await params).slug, cursorFrom(request)));
});
