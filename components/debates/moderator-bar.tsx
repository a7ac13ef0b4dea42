"use client";

import { useId, useRef, useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import type { QuestionDTO } from "./types";

const DURATIONS = [1, 2, 5, 10];

/** The close dialog: a moderator must write the outcome before a question closes. */
function CloseDialog({ question, onDone }: { question: QuestionDTO; onDone: (changed: boolean) => void }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [outcome, setOutcome] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!outcome.trim()) return setError("Write the outcome first: it is what the debate concluded.");
    setBusy(true);
    try {
      await api(`/api/questions/${question.id}/phase`, "POST", { action: "close", outcome: outcome.trim() });
      onDone(true);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={(element) => {
        ref.current = element;
        if (element && !element.open) element.showModal();
      }}
      className="debate-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={() => onDone(false)}
    >
      <form onSubmit={submit} className="composer">
        <h2 id={`${id}-title`} className="composer-title">
          Close the question
        </h2>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>Outcome (shown to everyone)</label>
          <textarea id={`${id}-outcome`} rows={5} value={outcome} onChange={(event) => setOutcome(event.target.value)} maxLength={5000} autoFocus aria-required="true" />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <span className="form-actions">
          <button type="submit" className="button button-small" disabled={busy}>
            Close with this outcome
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => onDone(false)}>
            Cancel
          </button>
        </span>
      </form>
    </dialog>
  );
}

function localInput(iso: string | null) {
  if (!iso) return "";
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * A moderator's controls over the question: its phase, a scheduled close, anonymous mode, and
 * the round timer. Every button calls the API; the room's echo refreshes everyone's page.
 */
export function ModeratorBar({ question, onChanged }: { question: QuestionDTO; onChanged: () => void }) {
  const id = useId();
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [custom, setCustom] = useState("3");
  const [closesAt, setClosesAt] = useState(localInput(question.closesAt));
  const status = question.status;
  const running = question.round !== null && Date.parse(question.round.endsAt) > Date.parse(question.serverNow);

  const call = (url: string, method: "POST" | "PATCH", body: unknown) => async () => {
    setError(null);
    try {
      await api(url, method, body);
      onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const phase = (action: string) => call(`/api/questions/${question.id}/phase`, "POST", { action });
  const timer = (seconds: number) => call(`/api/questions/${question.id}/timer`, "POST", { action: "start", seconds });

  return (
    <section className="moderator-bar" aria-label="Moderator tools">
      <div className="moderator-row">
        <span className="moderator-label">Moderate</span>
        {status === "proposed" && (
          <button type="button" className="button button-small" onClick={phase("approve")}>
            Approve
          </button>
        )}
        {(status === "proposed" || status === "approved") && (
          <>
            {status === "approved" && (
              <button type="button" className="button button-small" onClick={phase("open")}>
                Open for debate
              </button>
            )}
            <button type="button" className="button button-small button-quiet" onClick={phase("dismiss")}>
              Dismiss
            </button>
          </>
        )}
        {status === "open" && (
          <button type="button" className="button button-small" onClick={() => setClosing(true)}>
            Close with outcome…
          </button>
        )}
        {(status === "closed" || status === "dismissed") && (
          <button type="button" className="button button-small button-quiet" onClick={phase("reopen")}>
            Reopen
          </button>
        )}
        {(status === "approved" || status === "open") && (
          <label className="checkbox-line">
            <input type="checkbox" checked={question.anonymous} onChange={call(`/api/questions/${question.id}`, "PATCH", { anonymous: !question.anonymous })} /> Anonymous (pseudonyms)
          </label>
        )}
      </div>
      {status === "open" && (
        <div className="moderator-row">
          <span className="moderator-label">Round timer</span>
          {running ? (
            <button type="button" className="button button-small button-quiet" onClick={call(`/api/questions/${question.id}/timer`, "POST", { action: "stop" })}>
              Stop round
            </button>
          ) : (
            <>
              {DURATIONS.map((minutes) => (
                <button key={minutes} type="button" className="button button-small button-quiet" onClick={timer(minutes * 60)}>
                  {minutes} min
                </button>
              ))}
              <label htmlFor={`${id}-custom`} className="visually-hidden">
                Custom minutes
              </label>
              <input id={`${id}-custom`} className="minutes-input" type="number" min={1} max={120} value={custom} onChange={(event) => setCustom(event.target.value)} />
              <button type="button" className="button button-small button-quiet" onClick={timer(Math.round(Math.max(1, Number(custom) || 1) * 60))}>
                Start custom
              </button>
            </>
          )}
        </div>
      )}
      {(status === "approved" || status === "open") && (
        <form
          className="moderator-row"
          onSubmit={(event) => {
            event.preventDefault();
            void call(`/api/questions/${question.id}`, "PATCH", { closesAt: closesAt ? new Date(closesAt).toISOString() : null })();
          }}
        >
          <label htmlFor={`${id}-closes`} className="moderator-label">
            Close automatically at
          </label>
          <input id={`${id}-closes`} type="datetime-local" value={closesAt} onChange={(event) => setClosesAt(event.target.value)} />
          <button type="submit" className="button button-small button-quiet" disabled={!closesAt && !question.closesAt}>
            {closesAt || !question.closesAt ? "Schedule" : "Clear schedule"}
          </button>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {closing && (
        <CloseDialog
          question={question}
          onDone={(changed) => {
            setClosing(false);
            if (changed) onChanged();
          }}
        />
      )}
    </section>
  );
}
