import { exportDebate } from "@/lib/debates";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The debate as a Markdown or Argdown file (`?format=markdown|argdown`). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor("Sign in to export debates.");
  const format = new URL(request.url).searchParams.get("format") ?? "markdown";
  const file = await exportDebate(actor, (await params).id, format);
  return new Response(file.body, { headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"` } });
});
