"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import type { RoomListener } from "@/components/paper/use-collab-provider";
import type { ArgumentDTO, DebateListing } from "./types";

/**
 * The debate's listing, kept fresh: refetched when the room says this question (or the
 * document's questions) changed, and after the reader's own actions. Refetches never overlap:
 * a change heard during a fetch asks for one more fetch after it. When the page rendered only
 * the first arguments (`initialComplete` false), the whole listing is fetched at once.
 */
export function useDebate(initial: DebateListing, initialComplete: boolean, onRoomEvent: (listener: RoomListener) => () => void, announce: (text: string) => void) {
  const [listing, setListing] = useState(initial);
  const [loadedAll, setLoadedAll] = useState(initialComplete);
  const [error, setError] = useState<string | null>(null);
  const questionId = initial.question.id;
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const known = useRef(new Set(initial.items.map((item) => item.id)));
  const own = useRef(new Set<string>());
  const primed = useRef(initialComplete);

  const reload = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        try {
          const next = await api<DebateListing>(`/api/questions/${questionId}/arguments`);
          // The rest of a partial first render is not news: only what came after the full listing is.
          const fresh = primed.current ? next.items.filter((item) => !known.current.has(item.id) && !own.current.has(item.id)) : [];
          primed.current = true;
          known.current = new Set(next.items.map((item) => item.id));
          if (fresh.length > 0) announce(fresh.length === 1 ? `New ${fresh[0].stance} argument from ${fresh[0].author.name}` : `${fresh.length} new arguments`);
          setListing((current) => {
            if (current.question.status !== next.question.status) announce(`The question is now ${next.question.status}`);
            return next;
          });
          setLoadedAll(true);
          setError(null);
        } catch (failure) {
          setError(messageOf(failure));
        }
      } while (again.current);
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [questionId, announce]);

  useEffect(
    () =>
      onRoomEvent((event) => {
        // Only this question's changes: its arguments (debate-changed names the question) or
        // the question itself (questions-changed lists it).
        if (event.type === "debate-changed" && event.questionId === questionId) void reload();
        else if (event.type === "questions-changed" && (!event.ids || event.ids.includes(questionId))) void reload();
      }),
    [onRoomEvent, questionId, reload],
  );

  useEffect(() => {
    if (!initialComplete) void reload();
    // Once, after hydration: later refetches come from the room and the reader's actions.
  }, []);

  /** Marks an argument as the reader's own so its echo from the room is not announced. */
  const claim = useCallback((item: ArgumentDTO) => {
    own.current.add(item.id);
  }, []);

  return { listing, complete: loadedAll, error, reload, claim };
}
