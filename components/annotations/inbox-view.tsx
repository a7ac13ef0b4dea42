"use client";

import Link from "next/link";
import { useState } from "react";
import { api, messageOf } from "./api";
import { AuthorBadge } from "./author-feedback";
import { FormMessage } from "./fields";
import { TimeAgo } from "./time-ago";
import type { InboxItemDTO, InboxPage } from "./types";

const KIND_LABEL: Partial<Record<InboxItemDTO["kind"], string>> = {
  reply: "Reply",
  "reply-to-reply": "Reply",
  mention: "Mention",
  answer: "Answer",
  hidden: "Moderation",
  restored: "Moderation",
  "debate-opened": "Debate",
  "debate-closing": "Debate",
  "debate-closed": "Debate",
  "claim-contested": "Claim",
};

/** The inbox list: unread first in weight, each item openable and markable read; all at once too. */
export function InboxView({ initial }: { initial: InboxPage }) {
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [unread, setUnread] = useState(initial.unreadCount);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function load(reset: boolean, unreadOnly = onlyUnread) {
    try {
      const query = new URLSearchParams({ ...(unreadOnly ? { unread: "true" } : {}), ...(!reset && cursor ? { cursor } : {}) });
      const page = await api<InboxPage>(`/api/inbox?${query}`);
      setItems(reset ? page.items : [...items, ...page.items]);
      setCursor(page.nextCursor);
      setUnread(page.unreadCount);
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  async function markRead(ids?: string[]) {
    try {
      await api("/api/inbox/read", "POST", ids ? { ids } : {});
      setItems((list) => list.map((item) => (!ids || ids.includes(item.id) ? { ...item, read: true } : item)));
      setUnread((count) => (ids ? Math.max(0, count - ids.length) : 0));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  const visible = onlyUnread ? items.filter((item) => !item.read) : items;
  return (
    <section aria-label="Notifications">
      <div className="inbox-toolbar">
        <p className="inbox-unread" role="status">
          {unread === 0 ? "Nothing unread." : `${unread} unread`}
        </p>
        <label>
          <input
            type="checkbox"
            checked={onlyUnread}
            onChange={(event) => {
              setOnlyUnread(event.target.checked);
              void load(true, event.target.checked);
            }}
          />
          Unread only
        </label>
        <button type="button" className="button button-quiet button-small" disabled={unread === 0} onClick={() => markRead()}>
          Mark all read
        </button>
      </div>
      <FormMessage message={error} />
      {visible.length === 0 ? (
        <p className="muted">{onlyUnread ? "You are all caught up." : "Nothing here yet. When someone replies to you, mentions you or answers your question, it shows here."}</p>
      ) : (
        <ol className="inbox-list">
          {visible.map((item) => (
            <li key={item.id} className={`inbox-item${item.read ? "" : " is-unread"}`}>
              <span className="unread-dot" aria-hidden="true" />
              <div>
                <p className="inbox-summary">
                  {!item.read && <span className="visually-hidden">Unread: </span>}
                  {item.summary}
                </p>
                {item.excerpt && <p className="inbox-excerpt">{item.excerpt}</p>}
                <p className="inbox-meta">
                  <span className="badge">{KIND_LABEL[item.kind] ?? item.kind}</span>
                  {item.asAuthor && <AuthorBadge />}
                  {item.documentTitle && <span>{item.documentTitle}</span>}
                  <TimeAgo iso={item.createdAt} />
                </p>
              </div>
              <div className="inbox-actions">
                {item.url && (
                  <Link href={item.url} onClick={() => !item.read && void markRead([item.id])}>
                    Open<span className="visually-hidden">: {item.summary}</span>
                  </Link>
                )}
                {!item.read && (
                  <button type="button" className="text-button" onClick={() => markRead([item.id])}>
                    Mark read<span className="visually-hidden">: {item.summary}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {cursor && (
        <button type="button" className="button button-quiet" onClick={() => load(false)}>
          Load more
        </button>
      )}
    </section>
  );
}
