import { NextResponse } from "next/server";
import { hashSecret } from "@/lib/auth/api-token-secret";
import { createCollabToken, createGuestCollabToken } from "@/lib/auth/collab-token";
import { currentActor } from "@/lib/auth/session-actor";
import { findDocumentByPublicLink } from "@/lib/documents";
import { apiRoute, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * A fresh collaboration token (the provider calls this on every connect). Signed-in users get
 * one naming them; a reader holding a public link (`?share=`) gets a guest token for that
 * document only. What either may do is decided by the policy when the socket connects.
 */
export const GET = apiRoute(async (request: Request) => {
  const share = new URL(request.url).searchParams.get("share");
  const actor = await currentActor();
  const headers = { "cache-control": "no-store" };
  if (actor.kind === "user") return NextResponse.json({ token: createCollabToken(actor.userId) }, { headers });
  if (share) {
    const documentId = await findDocumentByPublicLink(share);
    if (!documentId) return errorResponse(404, "not_found", "This link is not valid any more.");
    return NextResponse.json({ token: createGuestCollabToken(documentId, hashSecret(share)) }, { headers });
  }
  return errorResponse(401, "unauthenticated", "Sign in to join a document.");
});
