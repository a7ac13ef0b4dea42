"use client";

import { useEffect, useId, useRef } from "react";

/**
 * A Markdown textarea: Ctrl+Enter (or Cmd+Enter) sends its form, Escape cancels. The hint says
 * what the box accepts; errors are tied to it for screen readers.
 */
export function MarkdownField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onCancel?: () => void;
  hint?: string;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (props.autoFocus) ref.current?.focus({ preventScroll: true });
  }, [props.autoFocus]);
  const describedBy = [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        ref={ref}
        id={id}
        value={props.value}
        rows={props.rows ?? 3}
        required={props.required}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          } else if (event.key === "Escape" && props.onCancel) {
            event.preventDefault();
            props.onCancel();
          }
        }}
      />
      {props.hint && (
        <small id={`${id}-hint`} className="field-hint">
          {props.hint}
        </small>
      )}
      {props.error && (
        <small id={`${id}-error`} className="field-error">
          {props.error}
        </small>
      )}
    </div>
  );
}

/** An error or notice under a form, announced when it appears. */
export function FormMessage({ message, tone = "error" }: { message: string | null; tone?: "error" | "ok" }) {
  return (
    <p className={tone === "error" ? "form-error" : "form-ok"} role={tone === "error" ? "alert" : "status"}>
      {message ?? ""}
    </p>
  );
}

export const MAX_TAGS = 20;
export const MAX_TAG = 50;

/** Tags from a comma-separated field; an error message when there are too many or one is too long. */
export function parseTags(text: string): { tags: string[]; error: string | null } {
  const tags = [...new Set(text.split(",").map((tag) => tag.trim()).filter(Boolean))];
  if (tags.length > MAX_TAGS) return { tags, error: `At most ${MAX_TAGS} tags.` };
  const long = tags.find((tag) => tag.length > MAX_TAG);
  return { tags, error: long ? `A tag is at most ${MAX_TAG} characters (“${long.slice(0, 20)}…”).` : null };
}

/** A small form's error line and its buttons: submit, and Cancel when there is something to cancel. */
export function FormFooter({ error, submit, busy, onCancel, small = true }: { error: string | null; submit: string; busy?: boolean; onCancel?: () => void; small?: boolean }) {
  const size = small ? " button-small" : "";
  return (
    <>
      <FormMessage message={error} />
      <span className="form-actions">
        <button type="submit" className={`button${size}`} disabled={busy}>
          {submit}
        </button>
        {onCancel && (
          <button type="button" className={`button button-quiet${size}`} onClick={onCancel}>
            Cancel
          </button>
        )}
      </span>
    </>
  );
}
