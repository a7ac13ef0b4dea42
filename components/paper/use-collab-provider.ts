"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { useCallback, useEffect, useRef, useState } from "react";

export interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

export type ConnectionState = "connecting" | "live" | "offline" | "denied";

/** What the server tells the room changed (annotations, claims...): clients refetch through the API. */
export interface RoomEvent {
  type: string;
  documentId?: string;
  ids?: string[];
  /** For "debate-changed": the question whose arguments changed (ids are then argument ids). */
  questionId?: string;
}
export type RoomListener = (event: RoomEvent) => void;

/**
 * A refetch for room events that never overlaps itself: a burst of events during a run (ratings
 * arriving) asks for one more run after it, not one each.
 */
export function useCoalesced(run: () => Promise<void>): () => Promise<void> {
  const running = useRef<{ again: boolean } | null>(null);
  return useCallback(async () => {
    if (running.current) return void (running.current.again = true);
    running.current = { again: false };
    do {
      running.current.again = false;
      await run();
    } while (running.current.again);
    running.current = null;
  }, [run]);
}

async function fetchCollabToken(shareToken?: string): Promise<string> {
  const response = await fetch(shareToken ? `/api/collab-token?share=${encodeURIComponent(shareToken)}` : "/api/collab-token", { cache: "no-store" });
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
export function useCollabProvider(documentId: string, initialCanEdit: boolean, shareToken?: string) {
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [state, setState] = useState<ConnectionState>("connecting");
  const [synced, setSynced] = useState(false);
  const [unsynced, setUnsynced] = useState(0);
  const [present, setPresent] = useState<PresentUser[]>([]);
  const [canEdit, setCanEdit] = useState(initialCanEdit);
  // Bumped when the server says our rights changed: a fresh provider and Y.Doc drop any local
  // edits the server refused, and the new connection syncs under the new rights.
  const [generation, setGeneration] = useState(0);
  const listeners = useRef(new Set<RoomListener>());
  const onRoomEvent = useCallback((listener: RoomListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  useEffect(() => {
    const instance = new HocuspocusProvider({
      url: collabUrl(),
      name: documentId,
      token: () => fetchCollabToken(shareToken),
      onStatus: ({ status }) => setState(status === "connected" ? "live" : status === "connecting" ? "connecting" : "offline"),
      onSynced: ({ state: isSynced }) => {
        if (isSynced) setSynced(true);
      },
      onUnsyncedChanges: ({ number }) => setUnsynced(number),
      onAuthenticationFailed: () => setState("denied"),
      onClose: ({ event }) => {
        if (event.reason === "permission-denied") setState("denied");
      },
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as { type?: unknown; canEditText?: unknown; documentId?: unknown; ids?: unknown; questionId?: unknown };
          if (message.type === "access-changed" && typeof message.canEditText === "boolean") {
            setCanEdit(message.canEditText);
            setSynced(false);
            setGeneration((n) => n + 1);
          } else if (typeof message.type === "string" && (message.documentId === undefined || message.documentId === documentId)) {
            const ids = Array.isArray(message.ids) ? message.ids.filter((id): id is string => typeof id === "string") : undefined;
            const questionId = typeof message.questionId === "string" ? message.questionId : undefined;
            for (const listener of listeners.current) listener({ type: message.type, documentId, ids, questionId });
          }
        } catch {
          // Not ours to handle.
        }
      },
    });
    // Who is here: every awareness state that carries a user (set by the caret extension).
    const awareness = instance.awareness;
    const readPresence = () => {
      if (!awareness) return;
      const people: PresentUser[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = state.user as { name?: unknown; color?: unknown } | undefined;
        if (user && typeof user.name === "string") {
          people.push({ clientId, name: user.name, color: typeof user.color === "string" ? user.color : "#57534e", isSelf: clientId === awareness.clientID });
        }
      });
      people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
      setPresent(people);
    };
    awareness?.on("change", readPresence);
    setProvider(instance);
    return () => {
      awareness?.off("change", readPresence);
      instance.destroy();
      setProvider(null);
    };
  }, [documentId, shareToken, generation]);

  return { provider, state, synced, unsynced, present, canEdit, onRoomEvent };
}
