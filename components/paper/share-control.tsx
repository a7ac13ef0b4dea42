"use client";

import { useState } from "react";

/** Owners create, copy and revoke the paper's public read-only link. */
export function ShareControl({ documentId, initiallyShared }: { documentId: string; initiallyShared: boolean }) {
  const [open, setOpen] = useState(false);
  const [shared, setShared] = useState(initiallyShared);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function create() {
    const response = await fetch(`/api/documents/${documentId}/public-link`, { method: "POST" });
    const body = await response.json();
    if (!response.ok) return setMessage(body.error?.message ?? "Could not create the link.");
    setUrl(new URL(body.path, window.location.origin).toString());
    setShared(true);
    setMessage(null);
  }

  async function revoke() {
    const response = await fetch(`/api/documents/${documentId}/public-link`, { method: "DELETE" });
    if (!response.ok) return setMessage("Could not revoke the link.");
    setUrl(null);
    setShared(false);
    setMessage("The public link no longer works.");
  }

  return (
    <div className="share-control">
      <button type="button" className="button button-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
        {shared ? "Shared by link" : "Share"}
      </button>
      {open && (
        <div className="share-popover" role="dialog" aria-label="Public read-only link">
          <p>Anyone with the link can read this paper live. Annotating and arguing need an account in the group.</p>
          {url && (
            <p>
              <label>
                Link (shown once)
                <input readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
              </label>
              <button type="button" className="button button-quiet" onClick={() => void navigator.clipboard?.writeText(url)}>
                Copy
              </button>
            </p>
          )}
          <p className="share-actions">
            <button type="button" className="button" onClick={() => void create()}>
              {shared ? "Replace the link" : "Create a public link"}
            </button>
            {shared && (
              <button type="button" className="button button-quiet" onClick={() => void revoke()}>
                Stop sharing
              </button>
            )}
          </p>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </div>
  );
}
