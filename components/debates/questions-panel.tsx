"use client";

import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { api, ApiError, messageOf } from "@/components/annotations/api";
import { useWorkspace } from "@/components/annotations/context";
import { FormFooter } from "@/components/annotations/fields";
import { excerpt } from "@/components/annotations/paper-dom";
import { useCoalesced, type RoomListener } from "@/components/paper/use-collab-provider";
import { onProposalRequest, type ProposeDetail } from "./propose-question";
import { questionUrl, STATUS_LABEL, type QuestionDTO, type QuestionStatus } from "./types";

const PHASES: QuestionStatus[] = ["open", "approved", "proposed", "closed", "dismissed"];

function ProposeForm({ documentId, passage, onClear, onDone }: { documentId: string; passage: ProposeDetail | null; onClear: () => void; onDone: () => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError("Write the question first.");
    setBusy(true);
    setError(null);
    try {
      await api(`/api/documents/${documentId}/questions`, "POST", { text: text.trim(), ...(passage ? { passage } : {}) });
      setText("");
      onClear();
      onDone();
    } catch (failure) {
      setError(failure instanceof ApiError && failure.fields.text ? failure.fields.text : messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="propose-form composer" onSubmit={submit} aria-label="Propose a question">
      <p className="composer-title">Propose a question</p>
      {passage && (
        <div>
          <blockquote className="card-quote is-clamped">{passage.quote}</blockquote>
          <button type="button" className="text-button" onClick={onClear}>
            Remove passage
          </button>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>Question</label>
        <textarea id={`${id}-text`} rows={2} value={text} maxLength={500} onChange={(event) => setText(event.target.value)} autoFocus />
      </div>
      <FormFooter error={error} submit="Propose" busy={busy} />
    </form>
  );
}

/**
 * The reading page's Questions tab: the paper's questions by phase (open first), each with its
 * argument count and a link to its debate; the propose form for members who may argue; and
 * Approve / Open / Dismiss for moderators.
 */
export function QuestionsPanel({ active, onShow, onRoomEvent }: { active: boolean; onShow: (start: number, end: number) => void; onRoomEvent?: (listener: RoomListener) => () => void }) {
  const { documentId, abilities } = useWorkspace();
  const [items, setItems] = useState<QuestionDTO[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [passage, setPassage] = useState<ProposeDetail | null>(null);
  const [proposing, setProposing] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems((await api<{ items: QuestionDTO[] }>(`/api/documents/${documentId}/questions`)).items);
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [documentId]);

  // Live: a change to the questions or to a debate's arguments (the counts) refetches while the
  // tab is shown; while hidden it only marks the list stale, fetched once when the tab opens.
  const stale = useRef(true);
  const shown = useRef(active);
  shown.current = active;
  useEffect(() => {
    if (active && (stale.current || !onRoomEvent)) {
      stale.current = false;
      void load();
    }
  }, [active, load, onRoomEvent]);
  const refresh = useCoalesced(load);
  useEffect(
    () =>
      onRoomEvent?.((event) => {
        if (event.type !== "questions-changed" && event.type !== "debate-changed") return;
        if (shown.current) void refresh();
        else stale.current = true;
      }),
    [onRoomEvent, refresh],
  );
  useEffect(
    () =>
      onProposalRequest((detail) => {
        setPassage(detail);
        setProposing(true);
      }),
    [],
  );

  async function phase(question: QuestionDTO, action: string) {
    try {
      await api(`/api/questions/${question.id}/phase`, "POST", { action });
      await load();
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <div className="questions-panel">
      <p className="panel-hint">Questions the paper raises, and members’ proposals: each can be debated pro and con.</p>
      {abilities.annotate &&
        (proposing ? (
          <ProposeForm
            documentId={documentId}
            passage={passage}
            onClear={() => setPassage(null)}
            onDone={() => {
              setProposing(false);
              void load();
            }}
          />
        ) : (
          <button type="button" className="button button-small button-quiet propose-open" onClick={() => setProposing(true)}>
            Propose a question
          </button>
        ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!items && !error && <p className="placeholder">Loading questions…</p>}
      {items &&
        PHASES.map((status) => {
          const list = items.filter((question) => question.status === status);
          if (list.length === 0) return null;
          return (
            <section key={status} className="question-phase" aria-label={`${STATUS_LABEL[status]} questions`}>
              <h3>
                {STATUS_LABEL[status]} <span className="count">{list.length}</span>
              </h3>
              <ul className="question-cards">
                {list.map((question) => (
                  <li key={question.id} className="question-card" data-question-id={question.id}>
                    <Link className="question-link" href={questionUrl(question.documentId, question.id)}>
                      {question.text}
                    </Link>
                    <span className="meta">
                      {question.argumentCount} {question.argumentCount === 1 ? "argument" : "arguments"}
                      {question.origin === "member" && question.proposedBy ? ` · proposed by ${question.proposedBy.name}` : ""}
                    </span>
                    <span className="row-actions">
                      {question.start !== null && question.end !== null && question.quote && (
                        <button type="button" className="text-button" title={excerpt(question.quote, 120)} onClick={() => onShow(question.start!, question.end!)}>
                          Show in paper
                        </button>
                      )}
                      {question.can.moderate && status === "proposed" && (
                        <button type="button" className="text-button" onClick={() => void phase(question, "approve")}>
                          Approve
                        </button>
                      )}
                      {question.can.moderate && status === "approved" && (
                        <button type="button" className="text-button" onClick={() => void phase(question, "open")}>
                          Open for debate
                        </button>
                      )}
                      {question.can.moderate && (status === "proposed" || status === "approved") && (
                        <button type="button" className="text-button" onClick={() => void phase(question, "dismiss")}>
                          Dismiss
                        </button>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </div>
  );
}
