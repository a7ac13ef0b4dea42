import { NextResponse } from "next/server";
import { changeMemberRole, DomainError, jsonBody, pathParam, removeMember, userIdParamSchema } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; userId: string }> };

const noSuchMember = () => new DomainError(404, "member_not_found", "That person is not a member of this group.");

/** Changes a member's role `{ role }` (owners; the last owner cannot be demoted: 409). */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to change roles.");
  const { slug, userId } = await params;
  return NextResponse.json(await changeMemberRole(actor, slug, pathParam(userIdParamSchema, userId, noSuchMember), await jsonBody(request)));
});

/** Removes a member (owners; removing oneself is leaving). */
export const DELETE = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to remove members.");
  const { slug, userId } = await params;
  await removeMember(actor, slug, pathParam(userIdParamSchema, userId, noSuchMember));
  return new Response(null, { status: 204 });
});
