import { NextResponse } from "next/server";
import { z } from "zod";
import { importDocument, listDocuments, DomainError } from "@/lib/documents";
import { findGroupBySlug } from "@/lib/groups";
import { apiRoute, errorResponse, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to list documents.");
  const cursor = z.string().max(64).optional().parse(new URL(request.url).searchParams.get("cursor") ?? undefined);
  return NextResponse.json(await listDocuments(actor, cursor));
});

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Imports a paper: multipart form with `file`, `title` and `group` (slug). */
export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor("Sign in to import a paper.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return errorResponse(413, "too_large", "The file is larger than 5 MB.");
  const form = await request.formData().catch(() => null);
  if (!form) return errorResponse(422, "invalid_input", "Send the paper as multipart form data with file, title and group.");
  const file = form.get("file");
  if (!(file instanceof File)) return errorResponse(422, "invalid_input", "Attach the paper as the `file` field.", { fields: { file: "Required." } });
  const fields = z.object({ title: z.string(), group: z.string() }).parse({ title: form.get("title"), group: form.get("group") });
  const group = await findGroupBySlug(fields.group);
  if (!group) throw new DomainError(404, "not_found", "No such group.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const summary = await importDocument(actor, { bytes, filename: file.name, title: fields.title, groupId: group.id });
  return NextResponse.json(summary, { status: 201 });
});
