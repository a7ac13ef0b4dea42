"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { WorkspaceContext, type AnnotationWorkspace } from "@/components/annotations/context";
import { LiveAnnouncer } from "@/components/annotations/live-announcer";
import type { Passage } from "@/components/annotations/types";
import { PresenceBar } from "@/components/paper/presence-bar";
import { useCollabProvider } from "@/components/paper/use-collab-provider";
import type { CitationEntry } from "@/lib/documents/get-document";
import { ArgumentMap } from "./argument-map";
import { ModeratorBar } from "./moderator-bar";
import { Outline } from "./outline";
import { PaperPane, usePaperPane, type PassageRef } from "./paper-pane";
import { QuestionHeader } from "./question-header";
import type { ArgumentDTO, DebateListing } from "./types";
import { useDebate } from "./use-debate";

type View = "outline" | "map";
const noop = () => undefined;

/**
 * The debate page: the question, its moderator tools, the arguments (outline or map) and the
 * paper beside them. Live through the paper's room: any debate change refetches the listing,
 * and the reader's focus and scroll stay where they were (the tree is keyed by argument id).
 */
export function DebateView(props: { initial: DebateListing; complete: boolean; documentTitle: string; citations: CitationEntry[]; canAnswerAsAuthor: boolean; user: { name: string; color: string }; children: ReactNode }) {
  const documentId = props.initial.question.documentId;
  const { provider, state, unsynced, present, onRoomEvent } = useCollabProvider(documentId, false);
  const [news, setNews] = useState<{ id: number; text: string } | null>(null);
  const announce = useCallback((text: string) => setNews({ id: Date.now(), text }), []);
  const { listing, complete, error, reload, claim } = useDebate(props.initial, props.complete, onRoomEvent, announce);
  const { question, items } = listing;
  const [view, setView] = useState<View>("outline");
  const [focusRequest, setFocusRequest] = useState<{ id: string; nonce: number } | null>(null);
  const pane = usePaperPane();
  const [picking, setPicking] = useState<((passage: PassageRef | null) => void) | null>(null);
  const tabs = useRef<HTMLDivElement>(null);

  // Others in the room see this reader in their presence bar (the editor's caret does this on the reading page).
  useEffect(() => {
    provider?.setAwarenessField("user", { name: props.user.name, color: props.user.color });
  }, [provider, props.user.name, props.user.color]);

  const argued = useMemo(() => {
    const passages: PassageRef[] = [];
    for (const item of items) for (const evidence of item.evidence) if (evidence.type === "passage") passages.push(evidence);
    return passages;
  }, [items]);

  const pickPassage = useCallback(
    () =>
      new Promise<Passage | null>((resolve) => {
        setPicking(() => (passage: PassageRef | null) => resolve(passage ? { ...passage, from: 0, to: 0 } : null));
        pane.root.current?.focus({ preventScroll: true });
      }),
    [pane],
  );

  const workspace: AnnotationWorkspace = useMemo(
    () => ({
      documentId,
      abilities: { userId: null, annotate: question.can.argue, moderate: question.can.moderate },
      citations: props.citations,
      selectedId: null,
      select: noop,
      reload: async () => reload(),
      touch: noop,
      upsert: noop,
      remove: noop,
      pickPassage,
      showPassage: (start: number, end: number) => void pane.show({ start, end, quote: "" }),
      announce,
    }),
    [documentId, question.can.argue, question.can.moderate, props.citations, reload, pickPassage, pane, announce],
  );

  // Stable, so the memoised outline does not re-render when only the view or the paper changes.
  const onOutlineChanged = useCallback(
    async (saved?: ArgumentDTO | null) => {
      if (saved) claim(saved);
      await reload();
    },
    [claim, reload],
  );

  const switchView = (next: View) => {
    setView(next);
    tabs.current?.querySelector<HTMLElement>(`#debate-tab-${next}`)?.focus();
  };

  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className="debate-page">
        <div className="reader-bar debate-bar">
          <PresenceBar state={state} unsynced={unsynced} present={present} canEdit={false} />
        </div>
        <div className="debate-grid">
          <main className="debate-main">
            <QuestionHeader question={question} documentTitle={props.documentTitle} onPassage={pane.show} />
            {question.can.moderate && <ModeratorBar question={question} onChanged={() => void reload()} />}
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <div
              className="tabs debate-tabs"
              role="tablist"
              aria-label="Views"
              ref={tabs}
              onKeyDown={(event) => {
                if (event.key === "ArrowRight" || event.key === "ArrowLeft" || event.key === "Home" || event.key === "End") {
                  event.preventDefault();
                  switchView(view === "outline" ? "map" : "outline");
                }
              }}
            >
              {(["outline", "map"] as const).map((entry) => (
                <button key={entry} type="button" role="tab" id={`debate-tab-${entry}`} aria-controls={`debate-panel-${entry}`} aria-selected={view === entry} tabIndex={view === entry ? 0 : -1} onClick={() => setView(entry)}>
                  {entry === "outline" ? "Outline" : "Map"}
                </button>
              ))}
            </div>
            <div role="tabpanel" id="debate-panel-outline" aria-labelledby="debate-tab-outline" hidden={view !== "outline"}>
              <Outline
                question={question}
                items={items}
                remaining={complete ? 0 : Math.max(question.argumentCount - items.length, 1)}
                canAnswerAsAuthor={props.canAnswerAsAuthor}
                focusRequest={focusRequest}
                onShowPassage={pane.show}
                onChanged={onOutlineChanged}
              />
            </div>
            <div role="tabpanel" id="debate-panel-map" aria-labelledby="debate-tab-map" hidden={view !== "map"}>
              {view === "map" && (
                <ArgumentMap
                  question={question.text}
                  items={items}
                  onNode={(id) => {
                    setView("outline");
                    setFocusRequest({ id, nonce: Date.now() });
                  }}
                />
              )}
            </div>
          </main>
          <PaperPane
            pane={pane}
            argued={argued}
            picking={picking !== null}
            onPick={(passage) => {
              picking?.(passage);
              setPicking(null);
            }}
          >
            {props.children}
          </PaperPane>
        </div>
        <LiveAnnouncer news={news} />
      </div>
    </WorkspaceContext.Provider>
  );
}
