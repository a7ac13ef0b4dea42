"use client";

import { useEffect, useRef, useState } from "react";
import { itemCounter } from "./count-items";

type Format = "markdown" | "json" | "csv" | "w3c";
const FORMATS: { format: Format; label: string; unit: string }[] = [
  { format: "markdown", label: "Markdown", unit: "KB" },
  { format: "json", label: "JSON", unit: "KB" },
  { format: "csv", label: "CSV", unit: "rows" },
  { format: "w3c", label: "W3C annotations", unit: "annotations" },
];

type State =
  | { kind: "idle" }
  | { kind: "running"; format: Format; done: number; total: number | null; unit: string }
  | { kind: "ready"; format: Format; url: string; filename: string; size: number }
  | { kind: "failed"; message: string };

const number = (n: number) => n.toLocaleString("en");

function filenameOf(response: Response, fallback: string) {
  return /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallback;
}

/**
 * Export buttons: the export is read as a stream, with a progress bar (rows or annotations
 * against X-Total-Items; kilobytes for the report formats), cancellable, then offered as a file.
 */
export function ExportPanel({ documentId }: { documentId: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  const url = state.kind === "ready" ? state.url : null;
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  async function run(format: Format, unit: string) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    try {
      const response = await fetch(`/api/documents/${documentId}/report/export?format=${format}`, { signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(response.status === 404 ? "This report is not available to you." : `The export failed (${response.status}).`);
      const header = Number(response.headers.get("x-total-items"));
      const counted = format === "csv" || format === "w3c";
      const total = counted && Number.isFinite(header) ? header : null;
      const count = counted ? itemCounter(format) : null;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const parts: Uint8Array[] = [];
      let bytes = 0;
      setState({ kind: "running", format, done: 0, total, unit });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        const items = count ? count(decoder.decode(value, { stream: true })) : Math.round(bytes / 1024);
        setState({ kind: "running", format, done: total === null ? items : Math.min(items, total), total, unit });
      }
      const blob = new Blob(parts as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" });
      setState({ kind: "ready", format, url: URL.createObjectURL(blob), filename: filenameOf(response, `report.${format}`), size: blob.size });
    } catch (error) {
      if (controller.signal.aborted) setState({ kind: "idle" });
      else setState({ kind: "failed", message: error instanceof Error ? error.message : "The export failed." });
    }
  }

  const busy = state.kind === "running";
  return (
    <div className="report-export" aria-label="Export the report" role="group">
      <span className="report-export-label">Export:</span>
      {FORMATS.map(({ format, label, unit }) => (
        <button key={format} type="button" className="button button-quiet button-small" disabled={busy} onClick={() => run(format, unit)}>
          {label}
        </button>
      ))}
      <div className="report-export-status" aria-live="polite">
        {state.kind === "running" && (
          <>
            <progress max={state.total ?? undefined} value={state.total ? state.done : undefined} aria-label="Export progress" />
            <span>{state.total !== null ? `${number(state.done)} of ${number(state.total)} ${state.unit}` : `${number(state.done)} ${state.unit} received`}</span>
            <button type="button" className="button button-quiet button-small" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          </>
        )}
        {state.kind === "ready" && (
          <a className="button button-small" href={state.url} download={state.filename}>
            Download {state.filename} ({number(Math.max(1, Math.round(state.size / 1024)))} KB)
          </a>
        )}
        {state.kind === "failed" && <span className="form-error">{state.message}</span>}
      </div>
    </div>
  );
}
