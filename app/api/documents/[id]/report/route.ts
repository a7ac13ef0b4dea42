import { NextResponse } from "next/server";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";
import { getReport } from "@/lib/reports";

export const dynamic = "force-dynamic";

/** The feedback report (ReportDTO) for the paper's authors, owners and moderators; 404 for others. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to read the feedback report.");
  return NextResponse.json(await getReport(actor, await documentIdParam(params)));
});
