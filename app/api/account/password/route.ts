import { changePassword, ownAccountId } from "@/lib/accounts";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Changes the password: `{ currentPassword, newPassword }`; a wrong current one is a 422. */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to change your password.");
  const body = await request.json().catch(() => ({}));
  await changePassword(actor, ownAccountId(actor), body);
  return new Response(null, { status: 204 });
});
