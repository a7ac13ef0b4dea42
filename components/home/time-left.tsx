"use client";

import { useEffect, useState } from "react";

function left(until: number, now: number): string {
  const seconds = Math.max(0, Math.round((until - now) / 1000));
  if (seconds >= 86_400) return `${Math.floor(seconds / 86_400)} d ${Math.floor((seconds % 86_400) / 3600)} h`;
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** A debate's timer on the home page: time left, updated each second; the moment itself as a <time>. */
export function TimeLeft({ until, label }: { until: string; label: string }) {
  const end = Date.parse(until);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const when = new Date(end).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <span className="time-left">
      {label}{" "}
      <time dateTime={until} title={when}>
        {now === null ? when : now >= end ? "now" : `in ${left(end, now)}`}
      </time>
    </span>
  );
}
