"use client";

import { useRef, useState } from "react";
import type { DocumentSummary } from "@/lib/documents/present";

type Phase = { kind: "idle" } | { kind: "reading"; done: number; total: number } | { kind: "failed"; message: string } | { kind: "done"; document: DocumentSummary };

/** Reads the route's NDJSON stream: progress lines, then the document or an error. */
async function postImport(form: FormData, onProgress: (done: number, total: number) => void): Promise<DocumentSummary> {
  const response = await fetch("/api/documents", { method: "POST", body: form, headers: { accept: "application/x-ndjson" } });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The import failed (HTTP ${response.status}).`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
      if (!line) continue;
      const event = JSON.parse(line) as { type: "progress"; done: number; total: number } | { type: "done"; document: DocumentSummary } | { type: "error"; error: { message: string } };
      if (event.type === "progress") onProgress(event.done, event.total);
      else if (event.type === "done") return event.document;
      else throw new Error(event.error.message);
    }
    if (done) throw new Error("The server stopped answering before the import finished.");
  }
}

export function ImportForm({ groups, initialGroup }: { groups: { slug: string; name: string }[]; initialGroup: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (file) form.set("file", file);
    if (!(form.get("file") instanceof File) || (form.get("file") as File).size === 0) {
      setPhase({ kind: "failed", message: "Choose a file to import." });
      return;
    }
    setPhase({ kind: "reading", done: 0, total: 0 });
    try {
      const document = await postImport(form, (done, total) => setPhase({ kind: "reading", done, total }));
      setPhase({ kind: "done", document });
    } catch (error) {
      setPhase({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const busy = phase.kind === "reading";
  return (
    <>
      <form className="import-form" onSubmit={submit} aria-busy={busy}>
        <div
          className={`drop-zone${dragging ? " dragging" : ""}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            const dropped = event.dataTransfer.files[0];
            if (dropped) setFile(dropped);
          }}
        >
          <label htmlFor="import-file">Paper</label>
          <input id="import-file" ref={input} name="file" type="file" accept=".pdf,.docx,.odt,.md,.markdown,.html,.htm,.txt,application/pdf,text/*" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          <p className="hint">{file ? `${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)` : "or drop the file here"}</p>
        </div>
        <div className="field">
          <label htmlFor="import-title">Title</label>
          <input id="import-title" name="title" type="text" maxLength={300} placeholder="The paper’s own title, else the file’s name" />
        </div>
        <div className="field">
          <label htmlFor="import-group">Group</label>
          <select id="import-group" name="group" defaultValue={initialGroup}>
            {groups.map((group) => (
              <option key={group.slug} value={group.slug}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? "Importing…" : "Import"}
        </button>
      </form>
      <div role="status" aria-live="polite" className="import-status">
        {phase.kind === "reading" && (phase.total > 0 ? <p>Reading page {phase.done} of {phase.total}…<progress max={phase.total} value={phase.done} /></p> : <p>Importing…</p>)}
        {phase.kind === "failed" && <p className="form-error">{phase.message}</p>}
        {phase.kind === "done" && <ImportResult document={phase.document} />}
      </div>
    </>
  );
}

function ImportResult({ document }: { document: DocumentSummary }) {
  const summary = document.importSummary;
  return (
    <section className="import-result" aria-label="What the import found">
      <h2>{document.title}</h2>
      {summary && (
        <ul>
          <li>{summary.sections.length} sections{summary.sections.length > 0 ? `: ${summary.sections.slice(0, 6).join(" · ")}${summary.sections.length > 6 ? " …" : ""}` : ""}</li>
          <li>Abstract {summary.abstract ? "found" : "not found"}</li>
          <li>
            {summary.references} references; {summary.citations.mentions} citations of {summary.citations.works} works, {summary.citations.linked} linked to their entries
          </li>
          <li>{summary.footnotes} footnotes, {summary.questions} candidate questions</li>
          {summary.notices.map((notice) => (
            <li key={notice.code}>Dropped: {notice.message}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={document.url}>Open the paper</a>
      </p>
    </section>
  );
}
