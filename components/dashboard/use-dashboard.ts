"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import type { DashboardDTO } from "./types";

export const POLL_MS = 5_000;

/**
 * The dashboard kept current by polling its API every few seconds (presence and the flag
 * queue span all the group's rooms, so no one room's events would do). `refresh` reloads at once
 * after the moderator acts. `skew` maps the client's clock onto the server's for the timers.
 */
export function useDashboard(initial: DashboardDTO) {
  const [data, setData] = useState(initial);
  const [loadedAt, setLoadedAt] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skew, setSkew] = useState(0);
  const running = useRef(false);

  const accept = useCallback((next: DashboardDTO) => {
    setData(next);
    setSkew(Date.parse(next.serverNow) - Date.now());
    setLoadedAt(Date.now());
  }, []);

  const refresh = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      accept(await api<DashboardDTO>(`/api/groups/${encodeURIComponent(initial.group.slug)}/dashboard`));
      setError(null);
    } catch (failure) {
      setError(`Could not refresh: ${messageOf(failure)}`);
    } finally {
      running.current = false;
    }
  }, [accept, initial.group.slug]);

  useEffect(() => {
    accept(initial);
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [accept, initial, refresh]);

  return { data, loadedAt, error, skew, refresh };
}

/** The current time on the server's clock, ticking every second (null before hydration). */
export function useServerNow(skew: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now() + skew);
    const timer = window.setInterval(() => setNow(Date.now() + skew), 1_000);
    return () => window.clearInterval(timer);
  }, [skew]);
  return now;
}
