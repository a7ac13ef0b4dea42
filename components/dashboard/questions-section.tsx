"use client";

import Link from "next/link";
import { useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import { FormMessage } from "@/components/annotations/fields";
import { Person, TimeAgo } from "@/components/annotations/time-ago";
import type { DashboardQuestion, UnansweredQuestion } from "./types";

function mmss(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const rest = `${String(Math.floor((total % 3600) / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

/** A round's countdown on the server's clock ("03:12 left in the round", or that it is over). */
function RoundLeft({ question, now }: { question: DashboardQuestion; now: number | null }) {
  if (!question.round) return <span className="muted">no round running</span>;
  if (now === null) return <span className="round-left">round until {new Date(question.round.endsAt).toLocaleTimeString()}</span>;
  const left = Date.parse(question.round.endsAt) - now;
  return left > 0 ? <span className="round-left is-running">{mmss(left)} left in the round</span> : <span className="round-left">round over</span>;
}

function QuestionRow({ question, now }: { question: DashboardQuestion; now: number | null }) {
  return (
    <li className="debate-row">
      <Link href={question.url}>{question.text}</Link>
      <span className="muted">{question.documentTitle}</span>
      <span className="debate-facts">
        {question.status === "open" && <RoundLeft question={question} now={now} />}
        {question.status === "open" && question.closesAt && (
          <span>
            closes <TimeAgo iso={question.closesAt} />
          </span>
        )}
        {question.status === "closed" && question.closedAt && (
          <span>
            closed <TimeAgo iso={question.closedAt} />
          </span>
        )}
        <span>
          {question.argumentCount} {question.argumentCount === 1 ? "argument" : "arguments"}
        </span>
      </span>
    </li>
  );
}

function Phase({ title, items, now, empty }: { title: string; items: DashboardQuestion[]; now: number | null; empty: string }) {
  return (
    <div className="phase">
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="debate-list">
          {items.map((question) => (
            <QuestionRow key={question.id} question={question} now={now} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Proposed questions to approve or dismiss, and the members' questions nobody has answered yet. */
export function PendingSection({ proposed, unanswered, refresh }: { proposed: DashboardQuestion[]; unanswered: UnansweredQuestion[]; refresh: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const decide = async (id: string, action: "approve" | "dismiss") => {
    setBusy(id);
    try {
      await api(`/api/questions/${id}/phase`, "POST", { action });
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
      await refresh();
    }
  };
  return (
    <section className="dashboard-section" aria-labelledby="pending-heading">
      <h2 id="pending-heading">Pending</h2>
      <FormMessage message={error} />
      <div className="phase">
        <h3>
          Proposed questions <span className="count">{proposed.length}</span>
        </h3>
        {proposed.length === 0 ? (
          <p className="muted">No proposals waiting.</p>
        ) : (
          <ul className="debate-list">
            {proposed.map((question) => (
              <li key={question.id} className="debate-row">
                <Link href={question.url}>{question.text}</Link>
                <span className="muted">
                  {question.documentTitle} · {question.proposedBy ? <Person person={question.proposedBy} /> : "found in the paper"}
                </span>
                <span className="row-actions">
                  <button type="button" className="button button-small" disabled={busy === question.id} onClick={() => void decide(question.id, "approve")}>
                    Approve
                  </button>
                  <button type="button" className="button button-quiet button-small" disabled={busy === question.id} onClick={() => void decide(question.id, "dismiss")}>
                    Dismiss
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="phase">
        <h3>
          Unanswered questions <span className="count">{unanswered.length}</span>
        </h3>
        {unanswered.length === 0 ? (
          <p className="muted">Every question a member asked has an answer or is resolved.</p>
        ) : (
          <ul className="debate-list">
            {unanswered.map((question) => (
              <li key={question.annotationId} className="debate-row">
                <Link href={question.url}>{question.excerpt || `“${question.quote}”`}</Link>
                <span className="muted">
                  <Person person={question.author} /> in {question.documentTitle} · {question.replyCount} {question.replyCount === 1 ? "reply" : "replies"} · <TimeAgo iso={question.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** Debates by phase: open ones with their round timers and scheduled closes, approved ones waiting to open, recently closed ones. */
export function DebatesSection({ debates, now }: { debates: { open: DashboardQuestion[]; approved: DashboardQuestion[]; closed: DashboardQuestion[] }; now: number | null }) {
  return (
    <section className="dashboard-section" aria-labelledby="debates-heading">
      <h2 id="debates-heading">Debates</h2>
      <Phase title="Open" items={debates.open} now={now} empty="No debate is open." />
      <Phase title="Approved, not yet open" items={debates.approved} now={now} empty="None waiting to open." />
      <Phase title="Recently closed" items={debates.closed} now={now} empty="None closed yet." />
    </section>
  );
}
