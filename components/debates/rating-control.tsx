"use client";

import { useId, useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import { IMPACT_LABEL, type ArgumentDTO, type QuestionDTO } from "./types";

/** Why ratings are hidden, from the group's setting: rating unlocks them only for those who may rate. */
function hiddenText(question: QuestionDTO, argument: ArgumentDTO): string {
  if (question.ratingVisibility === "after_rating" && argument.can.rate) return "Ratings are hidden until you rate this argument";
  return "Ratings are hidden until the question closes";
}

/**
 * Impact 0–4 of one argument: a radio group (arrow keys change it, as any radio group), the
 * reader's own rating, and the aggregate when the group's setting lets this reader see it.
 * Ratings attach to the argument, never to its author.
 */
export function RatingControl({ argument, question, onChanged }: { argument: ArgumentDTO; question: QuestionDTO; onChanged: () => void }) {
  const { rating } = argument;
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mine, setMine] = useState<number | null>(rating.mine);
  const [seen, setSeen] = useState(rating.mine);
  if (seen !== rating.mine) {
    setSeen(rating.mine);
    setMine(rating.mine);
  }

  async function rate(value: number | null) {
    setBusy(true);
    setError(null);
    const previous = mine;
    setMine(value);
    try {
      if (value === null) await api(`/api/arguments/${argument.id}/rating`, "DELETE");
      else await api(`/api/arguments/${argument.id}/rating`, "PUT", { value });
      onChanged();
    } catch (failure) {
      setMine(previous);
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const summary = rating.visible ? (
    rating.count === 0 ? (
      <span className="rating-summary">Not rated yet</span>
    ) : (
      <span className="rating-summary" title={rating.distribution ? `Ratings 0–4: ${rating.distribution.join(", ")}` : undefined}>
        Impact {rating.mean?.toFixed(1)} of 4 <span className="rating-bar" aria-hidden="true"><span style={{ width: `${((rating.mean ?? 0) / 4) * 100}%` }} /></span> · {rating.count} {rating.count === 1 ? "rating" : "ratings"}
      </span>
    )
  ) : (
    <span className="rating-summary rating-hidden">{hiddenText(question, argument)}</span>
  );

  return (
    <div className="rating">
      {argument.can.rate ? (
        <fieldset className="rating-scale" disabled={busy}>
          <legend id={`${id}-legend`}>Impact{mine !== null ? ` (yours: ${mine})` : ""}</legend>
          {IMPACT_LABEL.map((label, value) => (
            <label key={value} className={mine === value ? "is-checked" : undefined} title={label}>
              <input type="radio" name={`${id}-impact`} value={value} checked={mine === value} onChange={() => void rate(value)} aria-label={`${value}: ${label}`} />
              <span aria-hidden="true">{value}</span>
            </label>
          ))}
          {mine !== null && (
            <button type="button" className="text-button" onClick={() => void rate(null)}>
              Clear
            </button>
          )}
        </fieldset>
      ) : null}
      {summary}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
