import { NextResponse } from "next/server";
import { signUp } from "@/lib/auth/sign-up";
import { signUpInput } from "@/lib/auth/schemas";
import { apiRoute } from "@/lib/http";

/** Sign-up. Returns the new account; the client then signs in with the same credentials. */
export const POST = apiRoute(async (request: Request) => {
  const body = await request.json().catch(() => ({}));
  const input = signUpInput.parse(body);
  const inviteToken = typeof body?.inviteToken === "string" ? body.inviteToken : undefined;
  const user = await signUp({ ...input, inviteToken });
  return NextResponse.json({ id: user.id, email: user.email, name: user.name }, { status: 201 });
});
