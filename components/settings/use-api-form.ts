"use client";

import { useState } from "react";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

/**
 * Sends one JSON request to the account API and keeps what a form shows: pending, the error
 * message (for a role="alert" paragraph) and field errors from a 422 (next to each input).
 */
export function useApiForm() {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function send<T = undefined>(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body?: unknown): Promise<ApiResult<T>> {
    setPending(true);
    setMessage(null);
    setFields({});
    try {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? undefined : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.ok) return { ok: true, data: (response.status === 204 ? undefined : await response.json()) as T };
      const payload = await response.json().catch(() => null);
      const failure = { ok: false as const, status: response.status, message: payload?.error?.message ?? "Something went wrong. Try again." };
      setFields(payload?.error?.details?.fields ?? {});
      setMessage(failure.message);
      return failure;
    } catch {
      const failure = { ok: false as const, status: 0, message: "Could not reach the server. Check your connection and try again." };
      setMessage(failure.message);
      return failure;
    } finally {
      setPending(false);
    }
  }

  return { pending, message, fields, send, setFields, setMessage };
}
