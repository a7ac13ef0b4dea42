"use client";

import { useEffect, useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import { TimeAgo } from "@/components/annotations/time-ago";

interface Revision {
  id?: string;
  body: string;
  createdAt?: string;
  editedAt?: string;
}

/** Renders a relative time only once mounted: the server's clock and the browser's would disagree. */
export function ClientTime({ iso }: { iso: string }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? <TimeAgo iso={iso} /> : <time dateTime={iso}>{iso.slice(0, 10)}</time>;
}

/** "edited", and on opening, the argument's earlier versions (kept on every edit). */
export function ArgumentHistory({ argumentId }: { argumentId: string }) {
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || items) return;
    api<{ items: Revision[] }>(`/api/arguments/${argumentId}/revisions`)
      .then((page) => setItems(page.items))
      .catch((failure) => setError(messageOf(failure)));
  }, [open, items, argumentId]);

  return (
    <details className="argument-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>edited</summary>
      {error && <p className="form-error">{error}</p>}
      {!items && !error && <p className="placeholder">Loading history…</p>}
      {items && (
        <ol className="revision-list">
          {items.map((revision, index) => (
            <li key={revision.id ?? index}>
              <span className="meta">{revision.createdAt || revision.editedAt ? <ClientTime iso={(revision.createdAt ?? revision.editedAt)!} /> : `Version ${index + 1}`}</span>
              <p className="argument-body">{revision.body}</p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
