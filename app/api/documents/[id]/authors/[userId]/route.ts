import { NextResponse } from "next/server";
import { z } from "zod";
import { setDocumentAuthor } from "@/lib/documents";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

const userIdSchema = z.string().min(1).max(40);

/** PUT makes a group member an author of the paper; DELETE takes the role back (owners). */
export const PUT = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string; userId: string }> }) => {
  const actor = await requireActor("Sign in to manage authors.");
  const { userId } = await params;
  return NextResponse.json(await setDocumentAuthor(actor, await documentIdParam(params), userIdSchema.parse(userId), true));
});

export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string; userId: string }> }) => {
  const actor = await requireActor("Sign in to manage authors.");
  const { userId } = await params;
  return NextResponse.json(await setDocumentAuthor(actor, await documentIdParam(params), userIdSchema.parse(userId), false));
});
