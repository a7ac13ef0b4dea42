"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { textRangeOf } from "./text-offsets";
import type { Passage } from "./types";

/** The passage the reader has selected in the paper (mouse or keyboard), or null. */
export function usePassage(editor: Editor | null): Passage | null {
  const [passage, setPassage] = useState<Passage | null>(null);
  useEffect(() => {
    if (!editor) return;
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (editor.isDestroyed) return;
        const { from, to } = editor.state.selection;
        const range = from < to ? textRangeOf(editor.state.doc, from, to) : null;
        setPassage((current) => {
          if (!range) return null;
          if (current && current.from === from && current.to === to && current.quote === range.quote) return current;
          return { from, to, ...range };
        });
      });
    };
    editor.on("selectionUpdate", read);
    editor.on("update", read);
    return () => {
      cancelAnimationFrame(frame);
      editor.off("selectionUpdate", read);
      editor.off("update", read);
    };
  }, [editor]);
  return passage;
}
