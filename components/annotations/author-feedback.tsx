"use client";

import { useId, useState } from "react";
import type { ClaimRevision } from "@/lib/claims/present";
import { api, messageOf } from "./api";
import { useWorkspace } from "./context";
import { FormFooter, FormMessage } from "./fields";
import { excerpt } from "./paper-dom";
import { useFormSubmission } from "./use-form-submission";
import { Person, TimeAgo } from "./time-ago";

/** Shown on replies a paper's author wrote as its author. */
export function AuthorBadge() {
  return (
    <span className="badge badge-author" title="Written by the paper's author, as author">
      Author
    </span>
  );
}

/** "Revised in text", linking to the revision (only http/https links are ever stored). */
export function RevisedBadge({ revised }: { revised: { url: string; by?: ClaimRevision["by"] } }) {
  return (
    <a className="badge badge-revised" href={revised.url} target="_blank" rel="noopener noreferrer nofollow ugc" title={`Revised in the text${revised.by ? ` by ${revised.by.name}` : ""}: ${revised.url}`}>
      ✓ Revised in text
    </a>
  );
}

function RevisionForm({ annotationId, current, onDone }: { annotationId: string; current: ClaimRevision | null; onDone: (saved: boolean) => void }) {
  const { touch } = useWorkspace();
  const id = useId();
  const [url, setUrl] = useState(current?.url ?? "");
  const [note, setNote] = useState(current?.note ?? "");
  const { busy, error, fields, submit } = useFormSubmission();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    touch(annotationId);
    await submit(async () => {
      await api(`/api/annotations/${annotationId}/revision`, "PUT", { url, note });
      onDone(true);
    });
  }

  return (
    <form className="revision-form" onSubmit={save} aria-label="Mark revised in the text" onKeyDown={(event) => event.key === "Escape" && onDone(false)}>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link to the revision</label>
        <input id={`${id}-url`} type="url" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://…" required autoFocus aria-invalid={fields.url ? true : undefined} />
        {fields.url && <small className="field-error">{fields.url}</small>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} maxLength={1000} placeholder="What changed" />
        {fields.note && <small className="field-error">{fields.note}</small>}
      </div>
      <FormFooter error={error} submit={current ? "Save" : "Mark revised"} busy={busy} onCancel={() => onDone(false)} />
    </form>
  );
}

/**
 * A claim's "revised in the text" state on its open card: the link and note for everyone, and
 * for the paper's authors and the group's owners, marking it, changing it or taking it back.
 */
export function ClaimRevisionPanel({ annotationId, revised, canMark, onChanged }: { annotationId: string; revised: ClaimRevision | null; canMark: boolean; onChanged: () => Promise<void> }) {
  const { touch, announce } = useWorkspace();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!revised && !canMark) return null;

  const done = async (saved: boolean) => {
    setEditing(false);
    if (!saved) return;
    await onChanged();
    announce("The claim is marked revised in the text.");
  };
  async function undo() {
    touch(annotationId);
    try {
      await api(`/api/annotations/${annotationId}/revision`, "DELETE");
      await onChanged();
      announce("The revision mark was taken back.");
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <section className="claim-revision" aria-label="Revised in the text">
      {revised && (
        <p className="revision-line">
          <RevisedBadge revised={revised} />{" "}
          <a href={revised.url} target="_blank" rel="noopener noreferrer nofollow ugc">
            {excerpt(revised.url, 60)}
          </a>
          <span className="muted">
            {" "}
            by <Person person={revised.by} /> <TimeAgo iso={revised.at} />
          </span>
        </p>
      )}
      {revised?.note && <p className="revision-note">{revised.note}</p>}
      {canMark && !editing && (
        <div className="row-actions">
          <button type="button" className="text-button" onClick={() => setEditing(true)}>
            {revised ? "Change revision link" : "Mark revised in text"}
          </button>
          {revised && (
            <button type="button" className="text-button" onClick={undo}>
              Undo revised
            </button>
          )}
        </div>
      )}
      {editing && <RevisionForm annotationId={annotationId} current={revised} onDone={done} />}
      <FormMessage message={error} />
    </section>
  );
}
