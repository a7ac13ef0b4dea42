import { NextResponse } from "next/server";
import { apiRoute, requireActor } from "@/lib/http";
import { jsonBody, react, reactionInput, unreact } from "@/lib/threads";

export const dynamic = "force-dynamic";

/** Adds my reaction `{ targetType, targetId, emoji }`; the target's counts come back. */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to react.");
  return NextResponse.json(await react(actor, reactionInput.parse(await jsonBody(request))));
});

/** Removes my reaction `{ targetType, targetId, emoji }`. */
export const DELETE = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to react.");
  return NextResponse.json(await unreact(actor, reactionInput.parse(await jsonBody(request))));
});
