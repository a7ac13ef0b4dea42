"use client";

import type { ConnectionState, PresentUser } from "./use-collab-provider";

const STATE_LABEL: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  live: "Live",
  offline: "Offline: your edits are kept and sync on reconnect",
  denied: "You no longer have access to this paper",
};

/** Who is here (names and colours), the connection, and whether this reader may edit. */
export function PresenceBar({ state, unsynced, present, canEdit }: { state: ConnectionState; unsynced: number; present: PresentUser[]; canEdit: boolean }) {
  return (
    <div className="presence-bar">
      <span className={`connection connection-${state}`} role="status" aria-live="polite">
        <span className="dot" aria-hidden="true" />
        {STATE_LABEL[state]}
        {state === "live" && unsynced > 0 ? ` · saving ${unsynced}…` : ""}
      </span>
      <span className="mode-badge">{canEdit ? "You can revise the text" : "Reading"}</span>
      <ul className="presence" aria-label={`${present.length} ${present.length === 1 ? "person" : "people"} here`}>
        {present.map((person) => (
          <li key={person.clientId} title={person.name}>
            <span className="avatar" style={{ background: person.color }} aria-hidden="true">
              {person.name.slice(0, 1)}
            </span>
            <span className="presence-name">{person.isSelf ? `${person.name} (you)` : person.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
