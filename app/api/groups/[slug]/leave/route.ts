import { leaveGroup } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The caller leaves the group (the last owner cannot: 409). */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor("Sign in to leave a group.");
  await leaveGroup(actor, (await params).slug);
  return new Response(null, { status: 204 });
});
