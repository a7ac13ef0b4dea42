"use client";

import { useId, useState } from "react";
import { api } from "@/components/annotations/api";
import { EvidenceEditor, type EvidenceDraft } from "@/components/annotations/evidence-editor";
import { FormFooter, MarkdownField } from "@/components/annotations/fields";
import { useFormSubmission } from "@/components/annotations/use-form-submission";
import { MAX_ARGUMENT_LENGTH, STANCE_LABEL, STANCE_SIGN, type ArgumentDTO, type ArgumentStance } from "./types";

export type ComposerMode = { kind: "new"; parentId: string | null; stance: ArgumentStance } | { kind: "edit"; argument: ArgumentDTO };

function evidenceInput(items: EvidenceDraft[]) {
  return items.map((item) => (item.type === "citation" ? { type: "citation", key: item.key } : item));
}

/**
 * Writes an argument (pro or con its parent, or the question) or edits one: plain text up to
 * 1,000 characters with a live counter, and evidence: passages of the paper, its citations,
 * links. Passages come from the paper column (select, then "Use this passage").
 */
export function ArgumentComposer(props: {
  questionId: string;
  mode: ComposerMode;
  parentLabel: string;
  canAnswerAsAuthor: boolean;
  onDone: (saved: ArgumentDTO | null) => void;
}) {
  const { mode } = props;
  const id = useId();
  const editing = mode.kind === "edit" ? mode.argument : null;
  const [stance, setStance] = useState<ArgumentStance>(editing ? editing.stance : mode.kind === "new" ? mode.stance : "pro");
  const [body, setBody] = useState(editing?.body ?? "");
  const [evidence, setEvidence] = useState<EvidenceDraft[]>((editing?.evidence as EvidenceDraft[] | undefined) ?? []);
  const [asAuthor, setAsAuthor] = useState(editing?.asAuthor ?? false);
  const { busy, error, setError, fields, submit: send } = useFormSubmission();
  const length = body.trim().length;
  const over = length > MAX_ARGUMENT_LENGTH;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (length === 0) return setError("Write the argument first.");
    if (over) return setError(`An argument is at most ${MAX_ARGUMENT_LENGTH} characters.`);
    setError(null);
    await send(async () => {
      const saved = editing
        ? await api<ArgumentDTO | { argument: ArgumentDTO }>(`/api/arguments/${editing.id}`, "PATCH", { body: body.trim(), evidence: evidenceInput(evidence) })
        : await api<ArgumentDTO | { argument: ArgumentDTO }>(`/api/questions/${props.questionId}/arguments`, "POST", {
            parentId: mode.kind === "new" ? mode.parentId : null,
            stance,
            body: body.trim(),
            evidence: evidenceInput(evidence),
            ...(props.canAnswerAsAuthor ? { asAuthor } : {}),
          });
      props.onDone("argument" in saved ? saved.argument : saved);
    });
  }

  const title = editing ? "Edit your argument" : `${STANCE_LABEL[stance]} ${props.parentLabel}`;
  return (
    <form className="composer argument-composer" onSubmit={submit} aria-label={title}>
      <p className="composer-title">{title}</p>
      {!editing && (
        <fieldset className="segmented stance-choice">
          <legend>Stance</legend>
          {(["pro", "con"] as const).map((value) => (
            <label key={value} className={`stance-${value}${stance === value ? " is-checked" : ""}`}>
              <input type="radio" name={`${id}-stance`} value={value} checked={stance === value} onChange={() => setStance(value)} />
              <span className="stance-sign" aria-hidden="true">
                {STANCE_SIGN[value]}
              </span>
              {STANCE_LABEL[value]}
            </label>
          ))}
        </fieldset>
      )}
      <MarkdownField
        label="Argument (plain text)"
        value={body}
        onChange={setBody}
        onCancel={() => props.onDone(null)}
        autoFocus
        rows={4}
        hint={`${length} / ${MAX_ARGUMENT_LENGTH} characters${over ? ": too long" : ""}`}
        error={fields.body}
      />
      <EvidenceEditor items={evidence} onChange={setEvidence} errors={fields} />
      {props.canAnswerAsAuthor && !editing && (
        <label className="checkbox-line">
          <input type="checkbox" checked={asAuthor} onChange={(event) => setAsAuthor(event.target.checked)} /> Post as the paper’s author
        </label>
      )}
      <FormFooter error={error} submit={editing ? "Save" : "Post argument"} busy={busy || over} onCancel={() => props.onDone(null)} />
    </form>
  );
}
