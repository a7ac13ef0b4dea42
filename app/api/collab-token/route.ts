import { NextResponse } from "next/server";
import { createCollabToken } from "@/lib/auth/collab-token";
import { currentActor } from "@/lib/auth/session-actor";
import { apiRoute, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** A fresh collaboration token for the signed-in user (the provider calls this on reconnect). */
export const GET = apiRoute(async () => {
  const actor = await currentActor();
  if (actor.kind !== "user") return errorResponse(401, "unauthenticated", "Sign in to join a document.");
  return NextResponse.json({ token: createCollabToken(actor.userId) }, { headers: { "cache-control": "no-store" } });
});
