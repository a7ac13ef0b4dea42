import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { documentIdSchema, DomainError } from "@/lib/documents";
import { getReport, type ReportDTO } from "@/lib/reports";

/**
 * The report for a page request: sign-in first (redirect back here), then 404 for a missing
 * document and for anyone who may not read the report (participants, viewers, others).
 */
export const loadReportPage = cache(async (id: string, path: string): Promise<ReportDTO> => {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!documentIdSchema.safeParse(id).success) notFound();
  try {
    return await getReport(actor, id);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
});
