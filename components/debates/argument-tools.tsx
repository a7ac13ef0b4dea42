"use client";

import { useId, useState } from "react";
import { api, messageOf } from "@/components/annotations/api";
import { excerpt } from "@/components/annotations/paper-dom";
import { ReasonAction } from "@/components/annotations/reason-action";
import { STANCE_LABEL, STANCE_SIGN, type ArgumentDTO, type ArgumentStance } from "./types";

/** The arguments a node may be moved under or merged into: none of its own subtree. */
function candidates(all: ArgumentDTO[], argument: ArgumentDTO): ArgumentDTO[] {
  const banned = new Set([argument.id]);
  // The listing is in display order, parents before children: one pass finds the subtree.
  for (const item of all) if (item.parentId && banned.has(item.parentId)) banned.add(item.id);
  return all.filter((item) => !banned.has(item.id));
}

function label(item: ArgumentDTO) {
  return `${STANCE_SIGN[item.stance]} ${excerpt(item.body || "(hidden)", 70)}`;
}

/** A small form to pick another argument of the debate: move under it, or merge into it. */
function PickForm(props: { kind: "move" | "merge"; argument: ArgumentDTO; all: ArgumentDTO[]; onDone: (changed: boolean) => void }) {
  const id = useId();
  const options = candidates(props.all, props.argument);
  const [target, setTarget] = useState(props.kind === "move" ? "" : (options[0]?.id ?? ""));
  const [stance, setStance] = useState<ArgumentStance>(props.argument.stance);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      if (props.kind === "move") await api(`/api/arguments/${props.argument.id}/move`, "POST", { parentId: target || null, stance });
      else await api(`/api/arguments/${props.argument.id}/merge`, "POST", { targetId: target });
      props.onDone(true);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <form className="reason-form" onSubmit={submit} onKeyDown={(event) => event.key === "Escape" && props.onDone(false)}>
      <label htmlFor={id}>{props.kind === "move" ? "Move under" : "Merge this duplicate into"}</label>
      <select id={id} value={target} onChange={(event) => setTarget(event.target.value)} autoFocus>
        {props.kind === "move" && <option value="">The question itself</option>}
        {options.map((item) => (
          <option key={item.id} value={item.id}>
            {label(item)}
          </option>
        ))}
      </select>
      {props.kind === "move" && (
        <label>
          As{" "}
          <select value={stance} onChange={(event) => setStance(event.target.value as ArgumentStance)}>
            <option value="pro">{STANCE_LABEL.pro}</option>
            <option value="con">{STANCE_LABEL.con}</option>
          </select>
        </label>
      )}
      {props.kind === "merge" && <span className="field-hint">Its replies move to the target; a moderator can undo the merge.</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      <span className="form-actions">
        <button type="submit" className="button button-small" disabled={busy || (props.kind === "merge" && !target)}>
          {props.kind === "move" ? "Move" : "Merge"}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => props.onDone(false)}>
          Cancel
        </button>
      </span>
    </form>
  );
}

/** A moderator's tools on one argument: pin, lock the branch, hide with a reason, restore, move, merge. */
export function ArgumentTools({ argument, all, onChanged }: { argument: ArgumentDTO; all: ArgumentDTO[]; onChanged: () => void }) {
  const [open, setOpen] = useState<"move" | "merge" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function moderate(action: string, reason?: string) {
    setError(null);
    try {
      await api(`/api/arguments/${argument.id}/moderation`, "POST", reason === undefined ? { action } : { action, reason });
      onChanged();
    } catch (failure) {
      setError(messageOf(failure));
      throw failure;
    }
  }
  const act = (action: string) => () => void moderate(action).catch(() => undefined);

  return (
    <div className="argument-tools" role="group" aria-label="Moderate this argument">
      <span className="row-actions">
        <button type="button" className="text-button" onClick={act(argument.pinned ? "unpin" : "pin")}>
          {argument.pinned ? "Unpin" : "Pin"}
        </button>
        <button type="button" className="text-button" onClick={act(argument.locked ? "unlock" : "lock")}>
          {argument.locked ? "Unlock branch" : "Lock branch"}
        </button>
        {argument.status === "hidden" ? (
          <button type="button" className="text-button" onClick={act("restore")}>
            Restore
          </button>
        ) : (
          <ReasonAction label="Hide" confirmLabel="Hide argument" prompt="Why hide it? (members see this reason)" reason="required" danger onConfirm={(reason) => moderate("hide", reason)} />
        )}
        <button type="button" className="text-button" aria-expanded={open === "move"} onClick={() => setOpen(open === "move" ? null : "move")}>
          Move…
        </button>
        <button type="button" className="text-button" aria-expanded={open === "merge"} onClick={() => setOpen(open === "merge" ? null : "merge")}>
          Merge into…
        </button>
      </span>
      {open && (
        <PickForm
          kind={open}
          argument={argument}
          all={all}
          onDone={(changed) => {
            setOpen(null);
            if (changed) onChanged();
          }}
        />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The duplicates merged into an argument, each with Undo for moderators. */
export function MergedList({ argument, canUndo, onChanged }: { argument: ArgumentDTO; canUndo: boolean; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  if (argument.mergedFrom.length === 0) return null;
  return (
    <details className="merged-list">
      <summary>
        {argument.mergedFrom.length} merged {argument.mergedFrom.length === 1 ? "duplicate" : "duplicates"}
      </summary>
      <ul>
        {argument.mergedFrom.map((merge) => (
          <li key={merge.mergeId}>
            <span className="merged-body">{excerpt(merge.body, 160)}</span>
            {canUndo && (
              <button
                type="button"
                className="text-button"
                onClick={() =>
                  api(`/api/merges/${merge.mergeId}/undo`, "POST")
                    .then(onChanged)
                    .catch((failure) => setError(messageOf(failure)))
                }
              >
                Undo merge
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
