"use client";

import { useState } from "react";
import { api, ApiError, messageOf } from "./api";
import { useWorkspace } from "./context";
import { FormFooter, FormMessage, MarkdownField, parseTags } from "./fields";
import { ReasonAction } from "./reason-action";
import type { AnnotationDTO } from "./types";

/** Editing an annotation's body and tags, in place of the body. */
export function EditAnnotation({ annotation, onDone }: { annotation: AnnotationDTO; onDone: () => void }) {
  const { upsert } = useWorkspace();
  const [body, setBody] = useState(annotation.body);
  const [tagText, setTagText] = useState(annotation.tags.join(", "));
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const tags = parseTags(tagText);
    if (tags.error) return setFields({ tags: tags.error });
    try {
      upsert(await api<AnnotationDTO>(`/api/annotations/${annotation.id}`, "PATCH", { body, tags: tags.tags }));
      onDone();
    } catch (failure) {
      setError(messageOf(failure));
      if (failure instanceof ApiError) setFields(failure.fields);
    }
  }

  return (
    <form className="edit-form" onSubmit={save}>
      <MarkdownField label="Edit the text" value={body} onChange={setBody} onCancel={onDone} autoFocus rows={4} hint="Markdown. Ctrl+Enter saves, Escape cancels." error={fields.body} />
      <div className="field">
        <label htmlFor={`tags-${annotation.id}`}>Tags</label>
        <input id={`tags-${annotation.id}`} value={tagText} onChange={(event) => setTagText(event.target.value)} aria-invalid={fields.tags ? true : undefined} />
        {fields.tags && <small className="field-error">{fields.tags}</small>}
      </div>
      <FormFooter error={error} submit="Save" onCancel={onDone} />
    </form>
  );
}

/** What the reader may do with an annotation: edit, delete, resolve, flag, hide (moderators). */
export function AnnotationActions({ annotation, onEdit }: { annotation: AnnotationDTO; onEdit: () => void }) {
  const { abilities, reload, remove, announce, select, touch } = useWorkspace();
  const [error, setError] = useState<string | null>(null);
  const own = annotation.author.id !== null && annotation.author.id === abilities.userId;
  const shared = annotation.visibility === "group";

  const post = async (path: string, body: unknown, done: string) => {
    touch(annotation.id);
    await api(path, "POST", body);
    await reload();
    announce(done);
  };
  const run = (action: () => Promise<unknown>) => () =>
    action().then(
      () => setError(null),
      (failure: unknown) => setError(messageOf(failure)),
    );

  return (
    <div className="card-actions">
      <div className="row-actions">
        {own && abilities.annotate && (
          <button type="button" className="text-button" onClick={onEdit}>
            Edit
          </button>
        )}
        {(own || abilities.moderate) && abilities.annotate && !annotation.hidden && (
          <button type="button" className="text-button" onClick={run(() => post(`/api/annotations/${annotation.id}/${annotation.resolved ? "reopen" : "resolve"}`, {}, annotation.resolved ? "Reopened." : "Resolved."))}>
            {annotation.resolved ? "Reopen" : "Resolve"}
          </button>
        )}
        {!own && shared && abilities.annotate && !annotation.hidden && (
          <ReasonAction label="Flag" prompt="Why should a moderator look at this?" reason="optional" confirmLabel="Flag for moderators" onConfirm={(reason) => post("/api/flags", { targetType: "annotation", targetId: annotation.id, reason }, "Flagged for the moderators.")} />
        )}
        {abilities.moderate && shared &&
          (annotation.hidden ? (
            <button type="button" className="text-button" onClick={run(() => post(`/api/annotations/${annotation.id}/restore`, undefined, "Restored."))}>
              Restore
            </button>
          ) : (
            <ReasonAction label="Hide" prompt="Why hide it? The author is told." reason="required" confirmLabel="Hide annotation" danger onConfirm={(reason) => post(`/api/annotations/${annotation.id}/hide`, { reason }, "Hidden.")} />
          ))}
        {own && (
          <ReasonAction
            label="Delete"
            prompt="Delete this annotation and its discussion?"
            confirmLabel="Delete"
            danger
            onConfirm={async () => {
              await api(`/api/annotations/${annotation.id}`, "DELETE");
              remove(annotation.id);
              select(null);
              announce("Annotation deleted.");
            }}
          />
        )}
      </div>
      <FormMessage message={error} />
    </div>
  );
}
