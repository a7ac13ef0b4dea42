"use client";

import { useState } from "react";
import { api, messageOf } from "./api";
import { useWorkspace } from "./context";
import type { ReactionCount } from "./types";

const EMOJIS = ["👍", "👎", "❤️", "🎉", "🤔", "👀"] as const;
const NAMES: Record<string, string> = { "👍": "thumbs up", "👎": "thumbs down", "❤️": "heart", "🎉": "celebrate", "🤔": "thinking", "👀": "looking" };

/** Reactions on an annotation or a reply: counts as toggle buttons, and a picker for the rest. */
export function Reactions({ targetType, targetId, reactions: initial }: { targetType: "annotation" | "reply"; targetId: string; reactions: ReactionCount[] }) {
  const { abilities } = useWorkspace();
  const [reactions, setReactions] = useState(initial);
  const [seen, setSeen] = useState(initial);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // New counts from a refetch replace the local ones.
  if (initial !== seen) {
    setSeen(initial);
    setReactions(initial);
  }

  async function toggle(emoji: string) {
    const mine = reactions.find((reaction) => reaction.emoji === emoji)?.mine ?? false;
    setOpen(false);
    try {
      const result = await api<{ reactions: ReactionCount[] }>("/api/reactions", mine ? "DELETE" : "POST", { targetType, targetId, emoji });
      setReactions(result.reactions);
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  const shown = reactions.filter((reaction) => reaction.count > 0);
  if (!abilities.annotate && shown.length === 0) return null;
  return (
    <div className="reactions">
      {shown.map((reaction) => (
        <button
          key={reaction.emoji}
          type="button"
          className="reaction"
          aria-pressed={reaction.mine}
          disabled={!abilities.annotate}
          aria-label={`${NAMES[reaction.emoji] ?? reaction.emoji}: ${reaction.count}${reaction.mine ? ", including you" : ""}`}
          onClick={() => toggle(reaction.emoji)}
        >
          <span aria-hidden="true">{reaction.emoji}</span> {reaction.count}
        </button>
      ))}
      {abilities.annotate && (
        <span className="reaction-picker">
          <button type="button" className="reaction reaction-add" aria-expanded={open} aria-label="Add a reaction" onClick={() => setOpen((value) => !value)}>
            <span aria-hidden="true">☺+</span>
          </button>
          {open && (
            <span className="reaction-menu" role="group" aria-label="Reactions" onKeyDown={(event) => event.key === "Escape" && setOpen(false)}>
              {EMOJIS.map((emoji) => (
                <button key={emoji} type="button" aria-label={NAMES[emoji]} aria-pressed={reactions.some((reaction) => reaction.emoji === emoji && reaction.mine)} onClick={() => toggle(emoji)}>
                  {emoji}
                </button>
              ))}
            </span>
          )}
        </span>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
