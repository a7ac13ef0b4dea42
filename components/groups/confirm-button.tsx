"use client";

import { useState } from "react";

/**
 * A button that asks once more, in place, before an action that cannot be undone from here
 * (removing a member, leaving, revoking a link). Keyboard focus moves to the confirmation.
 */
export function ConfirmButton({ label, question, confirmLabel, pending, onConfirm }: { label: string; question: string; confirmLabel: string; pending: boolean; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button-quiet button-small" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={question}>
      <span>{question}</span>
      <button type="button" className="button button-danger button-small" autoFocus disabled={pending} onClick={onConfirm}>
        {pending ? "Working…" : confirmLabel}
      </button>
      <button type="button" className="button button-quiet button-small" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
