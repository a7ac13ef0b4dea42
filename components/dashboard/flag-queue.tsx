"use client";

import Link from "next/link";
import { useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import { FormMessage } from "@/components/annotations/fields";
import { ReasonAction } from "@/components/annotations/reason-action";
import { Person, TimeAgo } from "@/components/annotations/time-ago";
import type { DashboardFlag, DashboardHidden } from "./types";

const KIND: Record<DashboardFlag["kind"], string> = { comment: "comment", question: "question", claim: "claim" };

function what(item: { targetType: "annotation" | "reply" }, kind: DashboardFlag["kind"]) {
  return item.targetType === "reply" ? `Reply on a ${KIND[kind]}` : KIND[kind][0].toUpperCase() + KIND[kind].slice(1);
}

function FlagItem({ item, act }: { item: DashboardFlag; act: (path: string, body: unknown, done: string) => Promise<void> }) {
  const reasons = item.flags.filter((flag) => flag.reason);
  const path = item.targetType === "reply" ? `/api/replies/${item.targetId}` : `/api/annotations/${item.targetId}`;
  const count = item.flags.length;
  return (
    <li className="queue-item" data-flag-target={item.targetId}>
      <p className="queue-head">
        <span className="badge badge-flag">
          ⚑ {count} {count === 1 ? "flag" : "flags"}
        </span>
        <span>{what(item, item.kind)}</span> by <Person person={item.author} />
        <span className="muted">in {item.documentTitle}</span>
        <TimeAgo iso={item.flags[0].createdAt} />
      </p>
      <blockquote className="queue-quote">“{item.quote}”</blockquote>
      <p className="queue-excerpt">{item.excerpt}</p>
      {reasons.length > 0 && (
        <ul className="queue-reasons" aria-label="Reasons given">
          {reasons.map((flag) => (
            <li key={flag.id}>“{flag.reason}”</li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        <Link href={item.url}>Open the passage</Link>
        <ReasonAction
          label="Hide"
          prompt="Why hide it? The author is told."
          reason="required"
          confirmLabel="Hide"
          danger
          onConfirm={(reason) => act(`${path}/hide`, { reason }, "Hidden; its flags are resolved.")}
        />
        <ReasonAction label="Dismiss flags" prompt="Leave it as it is and resolve its flags?" confirmLabel="Dismiss" onConfirm={() => act("/api/flags/dismiss", { targetType: item.targetType, targetId: item.targetId }, "Flags dismissed.")} />
      </div>
    </li>
  );
}

function HiddenEntry({ item, act }: { item: DashboardHidden; act: (path: string, body: unknown, done: string) => Promise<void> }) {
  const path = item.targetType === "reply" ? `/api/replies/${item.targetId}` : `/api/annotations/${item.targetId}`;
  return (
    <li className="queue-item queue-item-quiet">
      <p className="queue-head">
        <span className="badge badge-hidden">Hidden</span>
        <span>{item.targetType === "reply" ? "Reply" : "Annotation"}</span> by <Person person={item.author} />
        <span className="muted">in {item.documentTitle}</span>
        <TimeAgo iso={item.hiddenAt} />
      </p>
      <p className="queue-excerpt">{item.excerpt}</p>
      {item.hiddenReason && <p className="hidden-reason">Reason: {item.hiddenReason}</p>}
      <div className="row-actions">
        <Link href={item.url}>Open the passage</Link>
        <button type="button" className="text-button" onClick={() => void act(`${path}/restore`, undefined, "Restored.")}>
          Restore
        </button>
      </div>
    </li>
  );
}

/** Open flags across the group's papers, oldest first, with hide and dismiss; recently hidden items with restore. */
export function FlagQueue({ flags, more, hidden, refresh }: { flags: DashboardFlag[]; more: boolean; hidden: DashboardHidden[]; refresh: () => Promise<void> }) {
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const act = async (path: string, body: unknown, done: string) => {
    try {
      await api(path, "POST", body);
      setMessage({ text: done, tone: "ok" });
    } catch (failure) {
      setMessage({ text: messageOf(failure), tone: "error" });
    }
    await refresh();
  };
  return (
    <section className="dashboard-section" aria-labelledby="flags-heading">
      <h2 id="flags-heading">
        Flagged <span className="count">{flags.length}</span>
      </h2>
      <FormMessage message={message?.text ?? null} tone={message?.tone} />
      {flags.length === 0 ? (
        <p className="muted">Nothing is flagged. Flags raised by members appear here within seconds.</p>
      ) : (
        <ol className="queue" aria-label="Flagged content, oldest first">
          {flags.map((item) => (
            <FlagItem key={`${item.targetType}:${item.targetId}`} item={item} act={act} />
          ))}
        </ol>
      )}
      {more && <p className="muted">More flags are waiting; deal with these first.</p>}
      {hidden.length > 0 && (
        <details className="hidden-items">
          <summary>Recently hidden ({hidden.length})</summary>
          <ol className="queue">
            {hidden.map((item) => (
              <HiddenEntry key={`${item.targetType}:${item.targetId}`} item={item} act={act} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
