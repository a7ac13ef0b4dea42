import { NextResponse } from "next/server";
import { DomainError, redeemInvite } from "@/lib/groups";
import { apiRoute, clientAddress, errorResponse, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * Joins the group with an invite link. 404 unknown link, 410 expired / revoked / used up (nothing
 * granted), 429 with Retry-After past the per-address limit.
 */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const actor = await requireActor("Sign in to join a group.");
  try {
    return NextResponse.json(await redeemInvite(actor, (await params).token, await clientAddress()));
  } catch (error) {
    if (!(error instanceof DomainError) || error.status !== 429) throw error;
    const retryAfter = (error.details as { retryAfterSeconds: number }).retryAfterSeconds;
    return errorResponse(429, error.code, error.message, error.details, { "Retry-After": String(retryAfter) });
  }
});
