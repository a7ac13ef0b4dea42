import { NextResponse } from "next/server";
import { cursorFrom, listAuditEvents } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Membership and role changes, newest first (owners). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor("Sign in to see the audit trail.");
  return NextResponse.json(await listAuditEvents(actor, (await params).slug, cursorFrom(request)));
});
