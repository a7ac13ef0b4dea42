"use client";

import { useEffect, useRef, useState } from "react";
import type { QuestionDTO } from "./types";

function mmss(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * The moderator's round timer, for everyone in the room: a mm:ss countdown on the server's
 * clock (corrected by serverNow from the last listing), announced to screen readers at one
 * minute left and at the end (the ticking digits themselves are not announced).
 */
export function RoundTimer({ question }: { question: QuestionDTO }) {
  const skew = useRef(0);
  const [now, setNow] = useState<number | null>(null);
  const [said, setSaid] = useState("");
  const spoken = useRef<{ key: string; minute: boolean; end: boolean }>({ key: "", minute: false, end: false });

  useEffect(() => {
    skew.current = Date.parse(question.serverNow) - Date.now();
    setNow(Date.now() + skew.current);
  }, [question.serverNow]);

  const endsAt = question.round ? Date.parse(question.round.endsAt) : null;
  useEffect(() => {
    if (endsAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now() + skew.current), 250);
    return () => window.clearInterval(timer);
  }, [endsAt]);

  const left = endsAt !== null && now !== null ? endsAt - now : null;
  const key = question.round ? `${question.round.startedAt}-${question.round.endsAt}` : "";
  useEffect(() => {
    if (left === null) return;
    if (spoken.current.key !== key) spoken.current = { key, minute: left <= 60_000, end: left <= 0 };
    if (!spoken.current.minute && left <= 60_000 && left > 0) {
      spoken.current.minute = true;
      setSaid("One minute left in this round.");
    }
    if (!spoken.current.end && left <= 0) {
      spoken.current.end = true;
      setSaid("The round is over.");
    }
  }, [left, key]);

  const running = left !== null && left > 0;
  return (
    <div className={`round-timer${running ? " is-running" : ""}`} data-testid="round-timer">
      {question.round && left !== null ? (
        running ? (
          <>
            <span className="round-label">Round</span>{" "}
            <span className="round-clock" aria-hidden="true">
              {mmss(left)}
            </span>
            <span className="visually-hidden">{`${Math.ceil(left / 60_000)} minutes left in this round`}</span>
          </>
        ) : (
          <span className="round-label">Round over</span>
        )
      ) : null}
      <span className="visually-hidden" role="status" aria-live="assertive">
        {said}
      </span>
    </div>
  );
}
