"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { RoomListener } from "@/components/paper/use-collab-provider";
import { api } from "./api";
import type { InboxPage } from "./types";

/** The reader's inbox, with its unread count; refreshed when the room hears of new activity. */
export function InboxLink({ onRoomEvent }: { onRoomEvent: (listener: RoomListener) => () => void }) {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      api<InboxPage>("/api/inbox?limit=1")
        .then((page) => live && setUnread(page.unreadCount))
        .catch(() => undefined);
    void load();
    const stop = onRoomEvent(() => {
      clearTimeout(timer);
      timer = setTimeout(load, 800);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, [onRoomEvent]);
  if (unread === null) return null;
  return (
    <Link href="/inbox" className="inbox-link" aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}>
      Inbox
      {unread > 0 && (
        // The count is drawn by CSS (::after): the link's name says it in words, and its visible
        // text ("Inbox") stays part of that name (WCAG 2.5.3, axe label-content-name-mismatch).
        <span className="inbox-count" data-count={unread} aria-hidden="true" />
      )}
    </Link>
  );
}
