import { NextResponse } from "next/server";
import { z } from "zod";
import { assertMayImport, importDocument, listDocuments, streamImport, DomainError } from "@/lib/documents";
import { findGroupBySlug } from "@/lib/groups";
import { apiRoute, errorResponse, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to list documents.");
  const cursor = z.string().max(64).optional().parse(new URL(request.url).searchParams.get("cursor") ?? undefined);
  return NextResponse.json(await listDocuments(actor, cursor));
});

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const NDJSON = "application/x-ndjson";

/**
 * Imports a paper: multipart form with `file`, `group` (slug) and an optional `title` (else
 * the paper's own title, else the file's name). With `Accept: application/x-ndjson` the answer
 * is a stream of progress lines ending with the document or an error (see streamImport).
 */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to import a paper.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return errorResponse(413, "too_large", "The file is larger than 5 MB.");
  const form = await request.formData().catch(() => null);
  if (!form) return errorResponse(422, "invalid_input", "Send the paper as multipart form data with file, group and (optionally) title.");
  const file = form.get("file");
  if (!(file instanceof File)) return errorResponse(422, "invalid_input", "Attach the paper as the `file` field.", { fields: { file: "Required." } });
  const fields = z
    .object({ title: z.string().optional(), group: z.string({ error: "Choose a group." }) })
    .parse({ title: form.get("title") ?? undefined, group: form.get("group") ?? undefined });
  const group = await findGroupBySlug(fields.group);
  if (!group) throw new DomainError(404, "not_found", "No such group.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const title = fields.title?.trim() ? fields.title : undefined;
  const input = { bytes, filename: file.name, title, groupId: group.id };
  if ((request.headers.get("accept") ?? "").includes(NDJSON)) {
    await assertMayImport(actor, group.id);
    return new Response(streamImport(actor, input), { status: 200, headers: { "Content-Type": `${NDJSON}; charset=utf-8`, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
  }
  const summary = await importDocument(actor, input);
  return NextResponse.json(summary, { status: 201 });
});
