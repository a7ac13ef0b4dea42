"use client";

import { useId, useState } from "react";
import { messageOf } from "./api";

/**
 * A button that opens a small inline form before acting: a reason (required or optional) and a
 * confirm button. Used for flagging, hiding and deleting, so each asks before it acts.
 */
export function ReasonAction(props: {
  label: string;
  confirmLabel: string;
  prompt?: string;
  reason?: "required" | "optional";
  danger?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (props.reason === "required" && !reason.trim()) return setError("A reason is required.");
    setBusy(true);
    try {
      await props.onConfirm(reason.trim());
      setOpen(false);
      setReason("");
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className={`text-button${props.danger ? " text-danger" : ""}`} onClick={() => setOpen(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <form className="reason-form" onSubmit={confirm} onKeyDown={(event) => event.key === "Escape" && setOpen(false)}>
      {props.reason ? (
        <label htmlFor={id}>
          {props.prompt ?? "Reason"}
          {props.reason === "optional" ? " (optional)" : ""}
        </label>
      ) : (
        <span>{props.prompt}</span>
      )}
      {props.reason && <input id={id} value={reason} onChange={(event) => setReason(event.target.value)} required={props.reason === "required"} autoFocus maxLength={500} />}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      <span className="form-actions">
        <button type="submit" className={`button button-small${props.danger ? " button-danger" : ""}`} disabled={busy} autoFocus={!props.reason}>
          {props.confirmLabel}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </span>
    </form>
  );
}
