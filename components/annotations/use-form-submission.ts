"use client";

import { useState } from "react";
import { ApiError, messageOf } from "./api";

/**
 * The state every small form here shares while it sends one request: busy, the message of a
 * refusal, and the fields the server named (422 details) so each input shows its own error.
 */
export function useFormSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(request: () => Promise<void>) {
    setBusy(true);
    try {
      await request();
    } catch (failure) {
      setError(messageOf(failure));
      setFields(failure instanceof ApiError ? failure.fields : {});
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, fields, setFields, submit };
}
