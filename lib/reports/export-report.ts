import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { countCsvRows, csvRecords } from "./export-rows";
import { countW3CItems, w3cRecords } from "./export-w3c-stream";
import { getReport, paperShape } from "./get-report";
import { reportPictures } from "./pictures";
import { loadReportAccess } from "./report-access";
import { reportMarkdown } from "./report-markdown";
import { exportQuery } from "./schemas";

export interface ReportExport {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  filename: string;
  /** Rows (CSV: claims and arguments; W3C: annotations) or report items (JSON, Markdown), for progress. */
  totalItems: number;
}

/** Pulls from an async source only as fast as the client reads: nothing is buffered ahead. */
function streamOf(source: AsyncIterable<string> | Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<string>)[Symbol.iterator]()) as AsyncIterator<string> | Iterator<string>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** JSON text of a large value in pieces of about 64 KB, so the response starts at once. */
function* slices(text: string, size = 65_536): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

const fileBase = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "paper";

/**
 * An export of the report (authors, owners, moderators; 404 for others): Markdown with the
 * pictures embedded, the ReportDTO as JSON, CSV (one row per claim and per argument) or the W3C
 * annotation collection. CSV and W3C are read from the database in batches while the response
 * is written (a 10,000-annotation document never sits in memory whole); JSON and Markdown are
 * the report itself, an aggregate computed in one read.
 */
export async function exportReport(actor: Actor, documentId: string, query: unknown, baseUrl: string, now = new Date()): Promise<ReportExport> {
  const { format } = exportQuery.parse(query);
  await loadReportAccess(actor, documentId);
  const document = await db().document.findUnique({ where: { id: documentId }, select: { title: true } });
  if (!document) throw new DomainError(404, "not_found", "No such document.");
  const name = `${fileBase(document.title)}-report`;
  switch (format) {
    case "csv": {
      const [shape, total] = await Promise.all([paperShape(documentId), countCsvRows(documentId)]);
      return { body: streamOf(csvRecords(documentId, shape, baseUrl, now)), contentType: "text/csv; charset=utf-8; header=present", filename: `${name}.csv`, totalItems: total };
    }
    case "w3c": {
      const [shape, total] = await Promise.all([paperShape(documentId), countW3CItems(documentId)]);
      return { body: streamOf(w3cRecords(documentId, shape, baseUrl, total, document.title)), contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', filename: `${fileBase(document.title)}-annotations.jsonld`, totalItems: total };
    }
    case "json": {
      const report = await getReport(actor, documentId, now);
      return { body: streamOf(slices(JSON.stringify(report))), contentType: "application/json; charset=utf-8", filename: `${name}.json`, totalItems: report.claims.length + report.totals.arguments };
    }
    case "markdown": {
      const report = await getReport(actor, documentId, now);
      return { body: streamOf(reportMarkdown(report, reportPictures(report), baseUrl)), contentType: "text/markdown; charset=utf-8", filename: `${name}.md`, totalItems: report.claims.length + report.totals.arguments };
    }
  }
}
