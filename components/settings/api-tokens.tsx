"use client";

import { useState } from "react";
import type { ApiTokenSummary } from "@/lib/auth/create-api-token";
import { FieldError, FormFeedback } from "./form-feedback";
import { NewTokenSecret } from "./new-token-secret";
import { TokenRow } from "./token-row";
import { useApiForm } from "./use-api-form";

export function ApiTokens({ initialTokens }: { initialTokens: ApiTokenSummary[] }) {
  const { pending, message, fields, send } = useApiForm();
  const [tokens, setTokens] = useState(initialTokens);
  const [created, setCreated] = useState<{ token: ApiTokenSummary; secret: string } | null>(null);

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const result = await send<{ token: ApiTokenSummary; secret: string }>("/api/tokens", "POST", { name: new FormData(formElement).get("name") });
    if (result.ok) {
      formElement.reset();
      setCreated(result.data);
      setTokens((current) => [result.data.token, ...current]);
    }
  }

  return (
    <>
      {created && <NewTokenSecret name={created.token.name} secret={created.secret} onDone={() => setCreated(null)} />}
      <form className="settings-form settings-inline-form" onSubmit={onCreate} noValidate>
        <label>
          <span>
            Token name <small>(what will use it, e.g. “reading-list script”)</small>
          </span>
          <input name="name" required maxLength={80} autoComplete="off" aria-describedby="token-name-error" aria-invalid={Boolean(fields.name)} />
          <FieldError id="token-name-error" message={fields.name} />
        </label>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
        <FormFeedback error={message} />
      </form>
      {tokens.length === 0 ? (
        <p className="meta">No API tokens yet.</p>
      ) : (
        <table className="token-table">
          <caption className="settings-sr-only">Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Token</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="settings-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} onRevoked={() => setTokens((current) => current.filter((t) => t.id !== token.id))} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
