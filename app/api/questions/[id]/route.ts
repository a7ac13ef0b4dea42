import { NextResponse } from "next/server";
import { getQuestion, updateQuestion } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** One question (QuestionDTO). */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to read debates.");
  return NextResponse.json(await getQuestion(actor, (await params).id));
});

/** Moderators edit `{ text?, closesAt?, anonymous? }`. */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to moderate.");
  return NextResponse.json(await updateQuestion(actor, (await params).id, await jsonBody(request)));
});
