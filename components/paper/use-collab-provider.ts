"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";

export type ConnectionState = "connecting" | "live" | "offline" | "denied";

async function fetchCollabToken(): Promise<string> {
  const response = await fetch("/api/collab-token", { cache: "no-store" });
  if (!response.ok) throw new Error("Could not get a collaboration token.");
  return (await response.json()).token as string;
}

export function collabUrl() {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/collab`;
}

/**
 * One HocuspocusProvider per open paper. It reconnects by itself (with a fresh token each
 * time) and keeps unsent edits in its Y.Doc, so they merge when the server is back.
 */
export function useCollabProvider(documentId: string) {
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [state, setState] = useState<ConnectionState>("connecting");
  const [synced, setSynced] = useState(false);
  const [unsynced, setUnsynced] = useState(0);

  useEffect(() => {
    const instance = new HocuspocusProvider({
      url: collabUrl(),
      name: documentId,
      token: fetchCollabToken,
      onStatus: ({ status }) => setState(status === "connected" ? "live" : status === "connecting" ? "connecting" : "offline"),
      onSynced: ({ state: isSynced }) => {
        if (isSynced) setSynced(true);
      },
      onUnsyncedChanges: ({ number }) => setUnsynced(number),
      onAuthenticationFailed: () => setState("denied"),
    });
    setProvider(instance);
    return () => {
      instance.destroy();
      setProvider(null);
    };
  }, [documentId]);

  return { provider, state, synced, unsynced };
}
