"use client";

import { useRef, useState } from "react";
import type { GroupRole } from "@/lib/auth/policy";
import { withArticle } from "@/lib/groups/roles";

/** A newly created invite link, shown this once, with a copy button. */
export function InviteLink({ url, role, onDone }: { url: string; role: GroupRole; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied.");
    } catch {
      setStatus("The link is selected: press Ctrl+C (⌘C) to copy it.");
    }
  }

  return (
    <div className="invite-created" role="region" aria-labelledby="invite-created-title">
      <p id="invite-created-title">
        <strong>Your invite link for {withArticle(role)}.</strong> Copy it now and send it to the people you invite: it is shown only this once.
      </p>
      <div className="invite-created-row">
        <label>
          Invite link
          <input ref={field} className="mono" readOnly value={url} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
        </label>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p role="status" className="form-success">
        {status}
      </p>
      <button type="button" className="button button-quiet button-small" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
