"use client";

import { useId, useState } from "react";
import { api, ApiError, messageOf } from "./api";
import { useWorkspace } from "./context";
import { FormFooter, MarkdownField, parseTags } from "./fields";
import { KIND_ICON, KIND_LABEL, type AnnotationDTO, type Kind, type Passage } from "./types";

const PROMPT: Record<Kind, string> = {
  comment: "Your comment",
  question: "Your question",
  claim: "The claim, in your words (optional)",
};

/**
 * Writes a new annotation on the selected passage: kind, Markdown body, tags, who sees it.
 * A claim's stance is taken afterwards, on its card, with a reason.
 */
export function Composer({ passage, kind: initialKind, onDone }: { passage: Passage; kind: Kind; onDone: (created: AnnotationDTO | null) => void }) {
  const { documentId, upsert, select, announce } = useWorkspace();
  const id = useId();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [body, setBody] = useState("");
  const [tagText, setTagText] = useState("");
  const [visibility, setVisibility] = useState<"group" | "private">("group");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const tags = parseTags(tagText);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (tags.error) return setFields({ tags: tags.error });
    if (kind !== "claim" && !body.trim()) return setFields({ body: `Write your ${kind} first.` });
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const created = await api<AnnotationDTO>(`/api/documents/${documentId}/annotations`, "POST", {
        kind,
        body,
        tags: tags.tags,
        visibility,
        anchor: { start: passage.start, end: passage.end, quote: passage.quote },
      });
      upsert(created);
      select(created.id);
      announce(`${KIND_LABEL[created.kind]} added${visibility === "private" ? " (only you see it)" : ""}.`);
      onDone(created);
    } catch (failure) {
      setError(messageOf(failure));
      if (failure instanceof ApiError) setFields(failure.fields);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="composer" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`} className="composer-title">
        New {KIND_LABEL[kind].toLowerCase()}
      </h3>
      <blockquote className="card-quote">{passage.quote}</blockquote>
      <fieldset className="segmented">
        <legend>Kind</legend>
        {(Object.keys(KIND_LABEL) as Kind[]).map((option) => (
          <label key={option} className={option === kind ? "is-checked" : undefined}>
            <input type="radio" name={`${id}-kind`} value={option} checked={option === kind} onChange={() => setKind(option)} />
            <span className={`kind-icon kind-icon-${option}`} aria-hidden="true">
              {KIND_ICON[option]}
            </span>
            {KIND_LABEL[option]}
          </label>
        ))}
      </fieldset>
      <MarkdownField
        label={PROMPT[kind]}
        value={body}
        onChange={setBody}
        onCancel={() => onDone(null)}
        autoFocus
        rows={4}
        hint="Markdown. Ctrl+Enter posts, Escape cancels."
        error={fields.body}
      />
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input
          id={`${id}-tags`}
          value={tagText}
          onChange={(event) => setTagText(event.target.value)}
          placeholder="method, evidence"
          aria-describedby={`${id}-tags-hint`}
          aria-invalid={fields.tags || tags.error ? true : undefined}
        />
        <small id={`${id}-tags-hint`} className={fields.tags || tags.error ? "field-error" : "field-hint"}>
          {fields.tags ?? tags.error ?? "Comma-separated, up to 20."}
        </small>
      </div>
      <fieldset className="segmented">
        <legend>Who sees it</legend>
        <label className={visibility === "group" ? "is-checked" : undefined}>
          <input type="radio" name={`${id}-visibility`} value="group" checked={visibility === "group"} onChange={() => setVisibility("group")} />
          Group
        </label>
        <label className={visibility === "private" ? "is-checked" : undefined}>
          <input type="radio" name={`${id}-visibility`} value="private" checked={visibility === "private"} onChange={() => setVisibility("private")} />
          Only me
        </label>
      </fieldset>
      {kind === "claim" && <p className="field-hint">After posting, support or contest the claim on its card, with a reason.</p>}
      <FormFooter error={error} submit={busy ? "Posting…" : `Post ${KIND_LABEL[kind].toLowerCase()}`} busy={busy} onCancel={() => onDone(null)} small={false} />
    </form>
  );
}
