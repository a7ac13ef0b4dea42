"use client";

import { useRef, useState } from "react";

/** A token's secret, shown once right after creation, with a copy button. */
export function NewTokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("Copied to the clipboard.");
    } catch {
      // Without clipboard access (an insecure origin) the text is selected for Ctrl+C.
      setCopied("Press Ctrl+C (⌘C) to copy the selected token.");
    }
  }

  return (
    <div className="token-secret" role="region" aria-labelledby="token-secret-title">
      <p id="token-secret-title">
        <strong>Copy your new token now: it will not be shown again.</strong> Disputatio keeps only a hash of it. Treat it like a password.
      </p>
      <div className="token-secret-row">
        <label>
          New token “{name}”
          <input ref={field} className="mono" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
        </label>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p role="status" className="form-success">
        {copied ?? ""}
      </p>
      <p className="hint">
        Send it as <code>Authorization: Bearer &lt;token&gt;</code> to any <code>/api</code> route; it acts with your rights, but cannot create tokens or delete your account.
      </p>
      <button type="button" className="button button-quiet" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}
