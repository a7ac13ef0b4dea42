import { currentActor } from "@/lib/auth/session-actor";
import { getOriginal } from "@/lib/documents";
import { apiRoute, documentIdParam, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** RFC 6266: an ASCII fallback name and the exact one in UTF-8. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * The file the document was imported from, as uploaded. Always a download, never rendered on
 * this origin (an uploaded HTML page must not run here), and sandboxed should a browser try.
 * A guest holding the public link (`?share=`) may fetch it too.
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const share = new URL(request.url).searchParams.get("share");
  const actor = share ? await currentActor() : await requireActor("Sign in to read documents.");
  const original = await getOriginal(actor, await documentIdParam(params), share ? { publicLink: share } : {});
  return new Response(Buffer.from(original.bytes), {
    status: 200,
    headers: {
      "Content-Type": original.mimeType,
      "Content-Length": String(original.bytes.byteLength),
      "Content-Disposition": contentDisposition(original.filename),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
});
