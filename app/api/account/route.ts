import { NextResponse } from "next/server";
import { deleteAccount, getAccount, ownAccountId, updateProfile } from "@/lib/accounts";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The signed-in account: id, email, display name, colour. */
export const GET = apiRoute(async () => {
  const actor = await requireActor("Sign in to see your account.");
  return NextResponse.json(await getAccount(actor, ownAccountId(actor)));
});

/** Changes the display name and/or colour: `{ name?, color? }`. */
export const PATCH = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to change your profile.");
  const body = await request.json().catch(() => ({}));
  return NextResponse.json(await updateProfile(actor, ownAccountId(actor), body));
});

/** Deletes the account (session only, never a token): `{ password }`. */
export const DELETE = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to delete your account.");
  const body = await request.json().catch(() => ({}));
  await deleteAccount(actor, ownAccountId(actor), body);
  return new Response(null, { status: 204 });
});
