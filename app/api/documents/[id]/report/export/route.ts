import { apiRoute, documentIdParam, publicBaseUrl, requireActor } from "@/lib/http";
import { exportReport } from "@/lib/reports";

export const dynamic = "force-dynamic";

/**
 * The report as a download, streamed: `?format=markdown|json|csv|w3c`. X-Total-Items says how
 * many rows (CSV), annotations (W3C) or items (JSON, Markdown) it holds, for a progress bar.
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to export the feedback report.");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const result = await exportReport(actor, await documentIdParam(params), query, publicBaseUrl(request));
  return new Response(result.body, {
    headers: {
      "content-type": result.contentType,
      "content-disposition": `attachment; filename="${result.filename}"`,
      "x-total-items": String(result.totalItems),
      "access-control-expose-headers": "X-Total-Items, Content-Disposition",
      "cache-control": "no-store",
    },
  });
});
