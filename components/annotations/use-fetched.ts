"use client";

import { useCallback, useEffect, useState } from "react";
import { api, messageOf } from "./api";

/**
 * Data an open card shows (stances, a thread), loaded from `url` and loaded again whenever
 * `version` changes: the annotation list is refetched when the room hears of a change, and
 * each refetch brings a new annotation object, so the open card follows it.
 */
export function useFetched<T>(url: string, version: unknown) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setData(await api<T>(url));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [url]);
  useEffect(() => {
    void load();
  }, [load, version]);
  return { data, error, setError, load };
}
