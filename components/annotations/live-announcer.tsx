"use client";

import { useEffect, useState } from "react";

/**
 * Says what just changed ("New claim from Ada on …"): read by screen readers through a polite
 * live region, and shown briefly at the bottom of the window for everyone else.
 */
export function LiveAnnouncer({ news }: { news: { id: number; text: string } | null }) {
  const [visible, setVisible] = useState<{ id: number; text: string } | null>(null);
  useEffect(() => {
    if (!news) return;
    setVisible(news);
    const timer = setTimeout(() => setVisible((current) => (current?.id === news.id ? null : current)), 5000);
    return () => clearTimeout(timer);
  }, [news]);
  return (
    <div className={`live-toast${visible ? " is-visible" : ""}`} role="status" aria-live="polite" aria-atomic="true">
      {visible?.text ?? ""}
    </div>
  );
}
