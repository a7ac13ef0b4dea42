import { NextResponse } from "next/server";
import { inviteIdParamSchema, inviteNotFound, pathParam, revokeInvite } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Revokes an invite link (owners); the link stops working at once. */
export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) => {
  const actor = await requireActor("Sign in to revoke invite links.");
  const { slug, id } = await params;
  return NextResponse.json(await revokeInvite(actor, slug, pathParam(inviteIdParamSchema, id, () => inviteNotFound("No such invite link in this group."))));
});
