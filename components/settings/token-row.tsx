"use client";

import { useState } from "react";
import type { ApiTokenSummary } from "@/lib/auth/create-api-token";
import { formatDate } from "./format-date";
import { useApiForm } from "./use-api-form";

/** One token in the list; revoking asks for confirmation in place. */
export function TokenRow({ token, onRevoked }: { token: ApiTokenSummary; onRevoked: () => void }) {
  const { pending, message, send } = useApiForm();
  const [confirming, setConfirming] = useState(false);

  async function revoke() {
    const result = await send(`/api/tokens/${encodeURIComponent(token.id)}`, "DELETE");
    if (result.ok) onRevoked();
  }

  return (
    <tr>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{formatDate(token.createdAt)}</td>
      <td>{token.lastUsedAt ? formatDate(token.lastUsedAt, true) : "Never"}</td>
      <td className="token-actions">
        {confirming ? (
          <div className="confirm" role="group" aria-label={`Confirm revoking ${token.name}`}>
            <span>Scripts using it stop working at once.</span>
            <button type="button" className="button button-danger" onClick={() => void revoke()} disabled={pending} autoFocus>
              {pending ? "Revoking…" : `Revoke “${token.name}”`}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </button>
            {message && (
              <p role="alert" className="form-error">
                {message}
              </p>
            )}
          </div>
        ) : (
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
