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
    // The name comes from the text (the count read as ", N unread"), so it includes what is seen.
    <Link href="/inbox" className="inbox-link">
      Inbox
      {unread > 0 && (
        <>
          <span className="inbox-count" aria-hidden="true">
            {unread}
          </span>
          <span className="visually-hidden">, {unread} unread</span>
        </>
      )}
    </Link>
  );
}
