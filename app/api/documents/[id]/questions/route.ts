import { NextResponse } from "next/server";
import { listQuestions, proposeQuestion } from "@/lib/debates";
import { jsonBody } from "@/lib/groups";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The paper's questions (found at import and proposed by members) in reading order. */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to read documents.");
  return NextResponse.json(await listQuestions(actor, await documentIdParam(params)));
});

/** Members propose a question `{ text, passage? }`; 201 with the QuestionDTO (status proposed). */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor("Sign in to propose a question.");
  return NextResponse.json(await proposeQuestion(actor, await documentIdParam(params), await jsonBody(request)), { status: 201 });
});
