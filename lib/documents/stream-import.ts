import { ZodError } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "./errors";
import { importDocument } from "./import-document";
import type { ImportDocumentInput } from "./schemas";

/** One line of the import's NDJSON stream. */
export type ImportStreamEvent =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; status: 201; document: Awaited<ReturnType<typeof importDocument>> }
  | { type: "error"; status: number; error: { code: string; message: string; details?: unknown } };

function errorEvent(error: unknown): ImportStreamEvent {
  if (error instanceof DomainError) return { type: "error", status: error.status, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  if (error instanceof ZodError) return { type: "error", status: 422, error: { code: "invalid_input", message: error.issues[0]?.message ?? "Some fields are invalid." } };
  console.error("Unhandled import error:", error);
  return { type: "error", status: 500, error: { code: "internal", message: "Something went wrong on the server." } };
}

/**
 * Runs an import and reports it as NDJSON: `progress` lines while a long PDF is read (pages
 * done of total, at most one line per page), then one `done` line with the document and its
 * import summary, or one `error` line in the error shape (nothing is stored then: the import
 * writes in one transaction at the end). The caller checks permissions before streaming, so
 * that refusals keep their HTTP status.
 */
export function streamImport(actor: Actor, input: ImportDocumentInput): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportStreamEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      let lastDone = -1;
      try {
        const document = await importDocument(actor, {
          ...input,
          onProgress: (done, total) => {
            if (done === lastDone) return;
            lastDone = done;
            send({ type: "progress", done, total });
          },
        });
        send({ type: "done", status: 201, document });
      } catch (error) {
        send(errorEvent(error));
      }
      controller.close();
    },
  });
}
