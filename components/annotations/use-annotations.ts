"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RoomListener } from "@/components/paper/use-collab-provider";
import { api } from "./api";
import { excerpt } from "./paper-dom";
import { KIND_LABEL, stanceCounts, type AnnotationDTO } from "./types";

const PAGE = 200;

export type ListState = "loading" | "ready" | "unavailable";

function shortQuote(text: string): string {
  return excerpt(text, 48);
}

/** What changed between two loads, in words, for the live region (others' changes only). */
function describeChanges(before: Map<string, AnnotationDTO>, after: AnnotationDTO[], me: string | null, mine: (id: string) => boolean): string[] {
  const lines: string[] = [];
  for (const item of after) {
    if (mine(item.id)) continue;
    const old = before.get(item.id);
    if (!old) {
      if (item.author.id !== me) lines.push(`New ${KIND_LABEL[item.kind].toLowerCase()} from ${item.author.name} on “${shortQuote(item.anchor.quote)}”`);
      continue;
    }
    if (item.replyCount > old.replyCount) lines.push(`New reply on “${shortQuote(item.anchor.quote)}”`);
    if (item.claim && old.claim && item.claim.status !== old.claim.status) {
      lines.push(`Claim “${shortQuote(item.anchor.quote)}” is now ${item.claim.status} (${stanceCounts(item.claim.supported, item.claim.contested)})`);
    }
  }
  return lines;
}

/**
 * Every annotation of the document the reader may see, kept current: loaded whole (paged),
 * refetched when the room says annotations or claims changed. Filtering and sorting happen in
 * the panel, on this list, so they answer at once.
 */
export function useAnnotations(documentId: string, onRoomEvent: (listener: RoomListener) => () => void, me: string | null, onNews: (lines: string[]) => void, shareToken?: string) {
  const [items, setItems] = useState<AnnotationDTO[]>([]);
  const [state, setState] = useState<ListState>("loading");
  const known = useRef(new Map<string, AnnotationDTO>());
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const roomAsked = useRef(false);
  const announce = useRef({ me, onNews });
  announce.current = { me, onNews };
  // Annotations the reader just acted on: the room's echo of their own change is not news.
  const touched = useRef(new Map<string, number>());
  const touch = useCallback((id: string) => void touched.current.set(id, Date.now()), []);
  const mine = useCallback((id: string) => Date.now() - (touched.current.get(id) ?? 0) < 10_000, []);

  const fetchAll = useCallback(async (fromRoom: boolean) => {
    const all: AnnotationDTO[] = [];
    let cursor: string | null = null;
    do {
      // A guest on a public link reads the group's discussion through the link.
      const share = shareToken ? `&share=${encodeURIComponent(shareToken)}` : "";
      const query: string = `sort=position&limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}${share}`;
      const page: { items: AnnotationDTO[]; nextCursor: string | null } = await api(`/api/documents/${documentId}/annotations?${query}`);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    if (fromRoom && known.current.size + all.length > 0) {
      const lines = describeChanges(known.current, all, announce.current.me, mine);
      if (lines.length > 0) announce.current.onNews(lines);
    }
    known.current = new Map(all.map((item) => [item.id, item]));
    setItems(all);
    setState("ready");
  }, [documentId, mine, shareToken]);

  /** Loads now, or once more after the load in flight (bursts of events cost two loads at most). */
  const reload = useCallback(
    (fromRoom = false): Promise<void> => {
      roomAsked.current ||= fromRoom;
      if (running.current) {
        again.current = true;
        return running.current;
      }
      const run = async () => {
        try {
          do {
            again.current = false;
            const announceIt = roomAsked.current;
            roomAsked.current = false;
            await fetchAll(announceIt);
          } while (again.current);
        } catch {
          setState((current) => (current === "loading" ? "unavailable" : current));
        } finally {
          running.current = null;
        }
      };
      running.current = run();
      return running.current;
    },
    [fetchAll],
  );

  useEffect(() => {
    void reload();
    return onRoomEvent((event) => {
      if (event.type === "annotations-changed" || event.type === "claims-changed") void reload(true);
    });
  }, [reload, onRoomEvent]);

  /** Applies my own change at once (the room's echo refetches anyway). */
  const upsert = useCallback((item: AnnotationDTO) => {
    known.current.set(item.id, item);
    setItems((list) => (list.some((entry) => entry.id === item.id) ? list.map((entry) => (entry.id === item.id ? item : entry)) : [...list, item]));
  }, []);

  const remove = useCallback((id: string) => {
    known.current.delete(id);
    setItems((list) => list.filter((entry) => entry.id !== id));
  }, []);

  return { items, state, reload, upsert, remove, touch };
}
