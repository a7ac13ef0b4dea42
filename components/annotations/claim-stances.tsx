"use client";

import { useId, useState } from "react";
import { api, messageOf } from "./api";
import { ClaimRevisionPanel } from "./author-feedback";
import { useWorkspace } from "./context";
import { EvidenceEditor, type EvidenceDraft } from "./evidence-editor";
import { FormFooter, FormMessage, MarkdownField } from "./fields";
import { excerpt, showCitation } from "./paper-dom";
import { useFormSubmission } from "./use-form-submission";
import { Person, TimeAgo } from "./time-ago";
import { useFetched } from "./use-fetched";
import type { AnnotationDTO, StanceList, StanceView } from "./types";

type Value = "supported" | "contested";
const VERB: Record<Value, string> = { supported: "Support", contested: "Contest" };

function StanceForm({ annotationId, value: initial, mine, onDone }: { annotationId: string; value: Value; mine: StanceView | null; onDone: (saved: boolean) => void }) {
  const { touch } = useWorkspace();
  const id = useId();
  const [value, setValue] = useState<Value>(initial);
  const [reason, setReason] = useState(mine?.reason ?? "");
  const [evidence, setEvidence] = useState<EvidenceDraft[]>(mine?.evidence ?? []);
  const { busy, error, fields, setFields, submit } = useFormSubmission();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setFields({ reason: "A stance needs a reason." });
    touch(annotationId);
    await submit(async () => {
      const payload = evidence.map((item) => (item.type === "citation" ? { type: "citation", key: item.key } : item));
      await api(`/api/annotations/${annotationId}/stance`, "PUT", { value, reason, evidence: payload });
      onDone(true);
    });
  }

  return (
    <form className="stance-form" onSubmit={save} aria-label="Your stance">
      <fieldset className="segmented">
        <legend>Your stance</legend>
        {(["supported", "contested"] as const).map((option) => (
          <label key={option} className={option === value ? `is-checked stance-${option}` : undefined}>
            <input type="radio" name={`${id}-value`} value={option} checked={option === value} onChange={() => setValue(option)} />
            {VERB[option]}
          </label>
        ))}
      </fieldset>
      <MarkdownField label="Reason (required)" value={reason} onChange={setReason} onCancel={() => onDone(false)} required autoFocus rows={3} hint="Markdown. Ctrl+Enter saves." error={fields.reason} />
      <EvidenceEditor items={evidence} onChange={setEvidence} errors={fields} />
      <FormFooter error={error} submit={mine ? "Save stance" : `${VERB[value]} this claim`} busy={busy} onCancel={() => onDone(false)} />
    </form>
  );
}

function Evidence({ stance }: { stance: StanceView }) {
  const { showPassage } = useWorkspace();
  if (stance.evidence.length === 0) return null;
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {stance.evidence.map((item, index) => (
        <li key={index}>
          {item.type === "url" ? (
            /^https?:\/\//i.test(item.url) ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer nofollow ugc">
                {excerpt(item.url, 60)}
              </a>
            ) : (
              <span>{excerpt(item.url, 60)}</span>
            )
          ) : item.type === "citation" ? (
            <button type="button" className="link-button evidence-link" onClick={() => showCitation(item.key)}>
              {item.label || item.key}
            </button>
          ) : (
            <button type="button" className="link-button evidence-link" onClick={() => showPassage(item.start, item.end)}>
              “{excerpt(item.quote, 80)}”
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function Side({ value, stances }: { value: Value; stances: StanceView[] }) {
  return (
    <div className={`stance-side stance-side-${value}`}>
      <h4>
        {value === "supported" ? "Supported" : "Contested"} <span className="count">{stances.length}</span>
      </h4>
      {stances.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul>
          {stances.map((stance) => (
            <li key={stance.id}>
              <div className="reply-head">
                <Person person={stance.author} />
                {stance.mine && <span className="muted">(you)</span>}
                <TimeAgo iso={stance.updatedAt} />
              </div>
              <div className="markdown" dangerouslySetInnerHTML={{ __html: stance.reasonHtml }} />
              <Evidence stance={stance} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A claim's two sides with their reasons and evidence, and the reader's own stance. */
export function ClaimStances({ annotation }: { annotation: AnnotationDTO }) {
  const { abilities, reload, announce, touch } = useWorkspace();
  const { data: list, error, setError, load } = useFetched<StanceList>(`/api/annotations/${annotation.id}/stances`, annotation);
  const [form, setForm] = useState<Value | null>(null);

  const after = async (saved: boolean, what?: string) => {
    setForm(null);
    if (!saved) return;
    await Promise.all([load(), reload()]);
    if (what) announce(what);
  };

  async function withdraw() {
    touch(annotation.id);
    try {
      await api(`/api/annotations/${annotation.id}/stance`, "DELETE");
      await after(true, "Your stance was withdrawn.");
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  const mine = list?.summary.myStance ?? null;
  const canTake = abilities.annotate && !annotation.hidden;
  return (
    <section className="stances" aria-label="Stances on this claim">
      {canTake && !form && (
        <div className="stance-actions">
          {mine ? (
            <>
              <span>
                You {mine.value === "supported" ? "support" : "contest"} this claim.
              </span>
              <button type="button" className="text-button" onClick={() => setForm(mine.value)}>
                Change
              </button>
              <button type="button" className="text-button" onClick={withdraw}>
                Withdraw
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button button-small stance-button stance-supported" onClick={() => setForm("supported")}>
                Support
              </button>
              <button type="button" className="button button-small stance-button stance-contested" onClick={() => setForm("contested")}>
                Contest
              </button>
            </>
          )}
        </div>
      )}
      {list && (
        <ClaimRevisionPanel
          annotationId={annotation.id}
          revised={list.summary.revised}
          canMark={list.canMarkRevised}
          onChanged={async () => {
            await Promise.all([load(), reload()]);
          }}
        />
      )}
      {form && <StanceForm annotationId={annotation.id} value={form} mine={mine} onDone={(saved) => after(saved, saved ? "Your stance was saved." : undefined)} />}
      <FormMessage message={error} />
      {list && (
        <div className="stance-sides">
          <Side value="supported" stances={list.supported} />
          <Side value="contested" stances={list.contested} />
        </div>
      )}
    </section>
  );
}
