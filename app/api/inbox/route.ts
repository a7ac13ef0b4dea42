import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { listInbox, listInboxQuery, searchParamsOf } from "@/lib/threads";

export const dynamic = "force-dynamic";

/** My inbox, newest first: `?cursor=&limit=&unread=true`. */
export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to read your inbox.");
  return NextResponse.json(await listInbox(actor, listInboxQuery.parse(searchParamsOf(request))));
});
