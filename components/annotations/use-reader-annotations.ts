"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RoomListener } from "@/components/paper/use-collab-provider";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { pmRangeFromText } from "@/lib/documents/text-positions";
import { annotationLayer, flashPassage, setPendingPassage, setPrivateHighlights, type LayerHandlers } from "./annotation-layer";
import type { AnnotationWorkspace } from "./context";
import { scrollBehavior } from "./paper-dom";
import { markedIds, markRange } from "./paper-marks";
import { useAbilities } from "./use-abilities";
import { useAnnotations } from "./use-annotations";
import { usePassage } from "./use-passage";
import type { AnnotationDTO, Kind, Passage } from "./types";

export type PanelTab = "annotations" | "claims" | "questions" | "references";

function scrollToRange(editor: Editor, range: { from: number; to: number }) {
  const { node } = editor.view.domAtPos(range.from);
  const element = node instanceof HTMLElement ? node : node.parentElement;
  element?.scrollIntoView({ behavior: scrollBehavior(), block: "center" });
  flashPassage(editor, range);
}

/**
 * Everything the reading page does with annotations, in one place: the list and its live
 * refetches, the selected passage, the composer's draft, the selected card, picking a passage
 * as evidence, the paper's highlight layer, and what the live region says.
 */
export function useReaderAnnotations(document: DocumentDetail, editor: Editor | null, onRoomEvent: (listener: RoomListener) => () => void, shareToken?: string) {
  const abilities = useAbilities(document);
  const [news, setNews] = useState<{ id: number; text: string } | null>(null);
  const announce = useCallback((text: string) => setNews({ id: Date.now(), text }), []);
  const onNews = useCallback((lines: string[]) => announce(lines.slice(0, 3).join(". ")), [announce]);
  const { items, state: listState, reload, upsert, remove, touch } = useAnnotations(document.id, onRoomEvent, abilities.userId, onNews, shareToken);
  const passage = usePassage(editor);
  const [draft, setDraft] = useState<{ passage: Passage; kind: Kind } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tab, setTab] = useState<PanelTab>("annotations");
  const [picking, setPicking] = useState<{ resolve: (passage: Passage | null) => void } | null>(null);
  // A passage already used (or dismissed with Escape) shows no toolbar until the selection changes.
  const [spent, setSpent] = useState<Passage | null>(null);
  const toolbarPassage = passage && !(spent && spent.from === passage.from && spent.to === passage.to) ? passage : null;

  const showAnnotation = useCallback(
    (item: AnnotationDTO) => {
      if (!editor || item.anchor.orphaned) return;
      const range = (item.visibility === "group" ? markRange(editor.state.doc, item.id) : null) ?? pmRangeFromText(editor.state.doc, item.anchor.start, item.anchor.end);
      if (range) scrollToRange(editor, range);
    },
    [editor],
  );

  const showPassage = useCallback(
    (start: number, end: number) => {
      const range = editor ? pmRangeFromText(editor.state.doc, start, end) : null;
      if (editor && range) scrollToRange(editor, range);
    },
    [editor],
  );

  const itemsRef = useRef(items);
  itemsRef.current = items;
  const select = useCallback(
    (id: string | null, options: { scroll?: boolean } = {}) => {
      setSelectedId(id);
      const item = id ? itemsRef.current.find((entry) => entry.id === id) : undefined;
      if (item && options.scroll) showAnnotation(item);
    },
    [showAnnotation],
  );

  const startDraft = useCallback(
    (kind: Kind, chosen: Passage | null = passage) => {
      if (!chosen || !abilities.annotate) return false;
      setDraft({ passage: chosen, kind });
      setSpent(chosen);
      setSelectedId(null);
      setTab("annotations");
      return true;
    },
    [passage, abilities.annotate],
  );

  /** After posting, focus moves to the new card; after cancelling, back to the paper. */
  const finishDraft = useCallback(
    (created: AnnotationDTO | null) => {
      setDraft(null);
      if (!created) return editor?.commands.focus(undefined, { scrollIntoView: false });
      window.setTimeout(() => window.document.querySelector<HTMLElement>(`#panel-annotations [data-annotation-card="${created.id}"]`)?.focus({ preventScroll: false }), 60);
    },
    [editor],
  );

  const pickPassage = useCallback(
    () =>
      new Promise<Passage | null>((resolve) => {
        setPicking((current) => {
          current?.resolve(null);
          return { resolve };
        });
        editor?.commands.focus(undefined, { scrollIntoView: false });
      }),
    [editor],
  );

  const finishPick = useCallback(
    (chosen: Passage | null) => {
      picking?.resolve(chosen);
      setPicking(null);
      if (chosen) setSpent(chosen);
    },
    [picking],
  );

  // The highlight layer's callbacks read the latest state through this ref: the editor (and
  // its extensions) is created once per connection.
  const latest = useRef({ startDraft, picking, finishPick, passage, select, setTab, items });
  latest.current = { startDraft, picking, finishPick, passage, select, setTab, items };
  const extension = useMemo(() => {
    const handlers: LayerHandlers = {
      shortcut: (kind) => {
        const now = latest.current;
        if (now.picking) return false;
        return now.startDraft(kind, now.passage);
      },
      open: (ids) => {
        const now = latest.current;
        const visible = ids.filter((id) => now.items.some((item) => item.id === id));
        if (visible.length === 0) return;
        // Clicking again where highlights overlap cycles through them, innermost first.
        setSelectedId((current) => visible[(visible.indexOf(current ?? "") + 1) % visible.length]);
        now.setTab((tab) => (tab === "claims" ? tab : "annotations"));
      },
    };
    return annotationLayer(handlers);
  }, []);

  // Private annotations have no mark in the shared paper: the layer draws them.
  useEffect(() => {
    const privates = items.filter((item) => item.visibility === "private" && !item.anchor.orphaned && !item.hidden);
    setPrivateHighlights(editor, privates.map((item) => ({ id: item.id, start: item.anchor.start, end: item.anchor.end })));
  }, [editor, items]);

  useEffect(() => {
    setPendingPassage(editor, draft ? { from: draft.passage.from, to: draft.passage.to } : null);
  }, [editor, draft]);

  // A revision that deletes (or restores) a marked passage changes no annotation row, so the
  // room hears nothing: notice it in the live paper and refetch, to list it as orphaned.
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tried = new Set<string>();
    // The server reads the stored paper: an edit may take a moment to land, so a list that
    // still disagrees with the live marks is asked again, a few times, further apart.
    const verify = (attempt: number) => {
      if (editor.isDestroyed) return;
      const marked = markedIds(editor.state.doc);
      const list = latest.current.items;
      const drifted = list.some((item) => item.visibility === "group" && !item.hidden && item.anchor.orphaned === marked.has(item.id));
      const unknown = [...marked].filter((id) => !list.some((item) => item.id === id) && !tried.has(id));
      unknown.forEach((id) => tried.add(id));
      if ((drifted && attempt < 4) || unknown.length > 0) {
        void reload(true).then(() => {
          timer = setTimeout(() => verify(attempt + 1), 600 * (attempt + 1));
        });
      }
    };
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(() => verify(0), 500);
    };
    editor.on("update", onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off("update", onUpdate);
    };
  }, [editor, reload]);

  // Links from the inbox name an annotation: `?annotation=<id>`; links from debates and
  // question cards name a passage in plain-text offsets: `?passage=<start>-<end>`.
  const linked = useRef(false);
  useEffect(() => {
    if (linked.current || listState !== "ready" || !editor) return;
    linked.current = true;
    const query = new URLSearchParams(window.location.search);
    const id = query.get("annotation");
    if (id && items.some((item) => item.id === id)) select(id, { scroll: true });
    const passage = /^(\d+)-(\d+)$/.exec(query.get("passage") ?? "");
    if (!id && passage && Number(passage[2]) > Number(passage[1])) showPassage(Number(passage[1]), Number(passage[2]));
  }, [listState, editor, items, select, showPassage]);

  const workspace: AnnotationWorkspace = useMemo(
    () => ({ documentId: document.id, abilities, citations: document.citations, selectedId, select, reload, touch, upsert, remove, pickPassage, showPassage, announce }),
    [document.id, abilities, document.citations, selectedId, select, reload, touch, upsert, remove, pickPassage, showPassage, announce],
  );

  return {
    workspace,
    items,
    listState,
    passage: toolbarPassage,
    dismissPassage: () => setSpent(passage),
    draft,
    startDraft,
    finishDraft,
    picking: picking !== null,
    finishPick,
    tab,
    setTab,
    extension,
    news,
  };
}
