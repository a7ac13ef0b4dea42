import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { getMailPreferences, updateMailPreferences } from "@/lib/mail";

export const dynamic = "force-dynamic";

/** My e-mail settings: whether mail is on here, each kind on or off, each group's digest frequency. */
export const GET = apiRoute(async () => {
  const actor = await requireActor("Sign in to see your e-mail settings.");
  return NextResponse.json(await getMailPreferences(actor));
});

/** `{ kinds?: { replies: false, … }, groups?: [{ groupId, frequency: immediate|daily|weekly|off }] }` */
export const PUT = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to change your e-mail settings.");
  return NextResponse.json(await updateMailPreferences(actor, await request.json().catch(() => null)));
});
