import { apiRoute, documentIdParam, requireActor } from "@/lib/http";
import { getReportPicture } from "@/lib/reports";

export const dynamic = "force-dynamic";

/** One of the report's pictures as an SVG file: heat-map.svg, claim-statuses.svg, map-<questionId>.svg. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string; picture: string }> }) => {
  const actor = await requireActor("Sign in to read the feedback report.");
  const picture = await getReportPicture(actor, await documentIdParam(params), (await params).picture);
  return new Response(picture.svg, {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "content-disposition": `attachment; filename="${picture.name}.svg"`, "cache-control": "no-store" },
  });
});
