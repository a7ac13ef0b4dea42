import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { getReport } from "./get-report";
import { reportPictures, type ReportPicture } from "./pictures";
import { pictureNameSchema } from "./schemas";

/** One picture of the report as an SVG file (heat-map, claim-statuses, map-<questionId>). */
export async function getReportPicture(actor: Actor, documentId: string, name: unknown): Promise<ReportPicture> {
  const wanted = pictureNameSchema.parse(name);
  const report = await getReport(actor, documentId);
  const picture = reportPictures(report).find((p) => p.name === wanted);
  if (!picture) throw new DomainError(404, "not_found", "This report has no such picture.");
  return picture;
}
