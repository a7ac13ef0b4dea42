"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnnotationsPanel } from "@/components/annotations/annotations-panel";
import { ClaimsPanel } from "@/components/annotations/claims-panel";
import { Composer } from "@/components/annotations/composer";
import { WorkspaceContext } from "@/components/annotations/context";
import { HeatStrip } from "@/components/annotations/heat-strip";
import { HighlightStyles } from "@/components/annotations/highlight-styles";
import { InboxLink } from "@/components/annotations/inbox-link";
import { LiveAnnouncer } from "@/components/annotations/live-announcer";
import { scrollBehavior, showCitation } from "@/components/annotations/paper-dom";
import { SelectionToolbar } from "@/components/annotations/selection-toolbar";
import { useReaderAnnotations } from "@/components/annotations/use-reader-annotations";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { pmRangeFromText } from "@/lib/documents/text-positions";
import { ArguedPassagesNote, useArguedMarkers, useArguedPassages } from "./argued-passages";
import { TextSizeControl } from "@/components/layout/text-size-control";
import { PanelSheet } from "./panel-sheet";
import { PaperEditor } from "./paper-editor";
import { PaperStatic } from "./paper-static";
import { PresenceBar } from "./presence-bar";
import { ShareControl } from "./share-control";
import { SidePanel } from "./side-panel";
import { TableOfContents } from "./table-of-contents";
import { useCollabProvider } from "./use-collab-provider";
import { TouchSelection } from "./touch-selection";

/** The reading page: contents on the left, the live paper in the middle, panels on the right. */
export function PaperReader({ document, user, shareToken, canReadReport = false }: { document: DocumentDetail; user: { name: string; color: string }; shareToken?: string; canReadReport?: boolean }) {
  const { provider, state, synced, unsynced, present, canEdit, onRoomEvent } = useCollabProvider(document.id, document.canEditText, shareToken);
  const [editor, setEditor] = useState<Editor | null>(null);
  const onReady = useCallback((instance: Editor) => setEditor(instance), []);
  const reader = useReaderAnnotations(document, editor, onRoomEvent, shareToken);
  const { workspace, items, draft } = reader;
  const argued = useArguedPassages(document.id, onRoomEvent, shareToken);
  const onArguedHover = useArguedMarkers(synced ? editor : null, argued);

  const scrollToText = useCallback(
    (start: number, end: number) => {
      if (!editor) return;
      const range = pmRangeFromText(editor.state.doc, start, end);
      if (!range) return;
      const { node } = editor.view.domAtPos(range.from);
      const element = node instanceof HTMLElement ? node : node.parentElement;
      element?.scrollIntoView({ behavior: scrollBehavior(), block: "center" });
      editor.commands.setTextSelection(range);
      editor.commands.focus(undefined, { scrollIntoView: false });
    },
    [editor],
  );

  // On a phone the panels are a bottom sheet: it opens for a new draft or a chosen annotation,
  // and steps aside while the reader picks a passage in the paper as evidence.
  const [sheetOpen, setSheetOpen] = useState(false);
  const wasPicking = useRef(false);
  useEffect(() => {
    if (draft) setSheetOpen(true);
  }, [draft]);
  useEffect(() => {
    if (workspace.selectedId) setSheetOpen(true);
  }, [workspace.selectedId]);
  useEffect(() => {
    if (reader.picking) setSheetOpen(false);
    else if (wasPicking.current) setSheetOpen(true);
    wasPicking.current = Boolean(reader.picking);
  }, [reader.picking]);

  const loaded = reader.listState === "ready";
  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className="reader">
        <div className="reader-bar">
          <h1 className="reader-title" title={document.title}>
            {document.title}
          </h1>
          <div className="reader-tools">
            <PresenceBar state={state} unsynced={unsynced} present={present} canEdit={canEdit} />
            <TextSizeControl />
            {workspace.abilities.userId && <InboxLink onRoomEvent={onRoomEvent} />}
            {canReadReport && (
              <a className="reader-report-link" href={`/documents/${document.id}/report`}>
                Feedback report
              </a>
            )}
            {document.canShare && <ShareControl documentId={document.id} initiallyShared={document.isShared} />}
          </div>
        </div>
        <div className="reader-grid">
          <TableOfContents headings={document.headings} />
          <article className="paper-column" aria-label={document.title} data-synced={synced && provider ? "true" : "false"} onMouseMove={onArguedHover}>
            <p id="paper-keys" hidden>
              {workspace.abilities.annotate
                ? "Arrow keys move a reading caret and Shift with arrows selects. With a passage selected, Alt+C comments, Alt+Q asks a question, Alt+L tags a claim, or press Tab for the toolbar. Enter on a highlight opens its annotation."
                : "Arrow keys move a reading caret and Shift with arrows selects. Enter on a highlight opens its annotation."}
            </p>
            {provider && (
              <div hidden={!synced}>
                <PaperEditor provider={provider} user={user} editable={canEdit} onReady={onReady} extensions={[reader.extension]} />
              </div>
            )}
            {!synced && <PaperStatic content={document.content} />}
            <TouchSelection editor={editor} passage={reader.passage} />
            <SelectionToolbar
              editor={editor}
              passage={reader.passage}
              mode={reader.picking ? "pick" : workspace.abilities.annotate && !draft ? "annotate" : "off"}
              onChoose={(kind) => reader.startDraft(kind)}
              onPick={(passage) => reader.finishPick(passage)}
              onCancelPick={() => reader.finishPick(null)}
              onDismiss={reader.dismissPassage}
            />
            <HeatStrip editor={editor} items={items} onJump={(item) => workspace.select(item.id, { scroll: true })} />
            <HighlightStyles items={items} selectedId={workspace.selectedId} />
          </article>
          <PanelSheet
            open={sheetOpen}
            onOpenChange={setSheetOpen}
            counts={{ annotations: loaded ? items.length : null, claims: loaded ? items.filter((item) => item.claim).length : null, questions: document.questions.length }}
          >
          <SidePanel
            tab={reader.tab}
            onTab={reader.setTab}
            annotationCount={loaded ? items.length : null}
            claimCount={loaded ? items.filter((item) => item.claim).length : null}
            annotations={
              <AnnotationsPanel
                items={items}
                state={reader.listState}
                canAnnotate={workspace.abilities.annotate}
                active={reader.tab === "annotations"}
                composer={draft && <Composer key={`${draft.passage.from}-${draft.passage.to}`} passage={draft.passage} kind={draft.kind} onDone={reader.finishDraft} />}
              />
            }
            claims={<ClaimsPanel items={items} />}
            citations={document.citations}
            questions={document.questions}
            onCitation={showCitation}
            onQuestion={scrollToText}
            onRoomEvent={onRoomEvent}
            argued={<ArguedPassagesNote documentId={document.id} items={argued} onShow={scrollToText} />}
          />
          </PanelSheet>
        </div>
        <LiveAnnouncer news={reader.news} />
      </div>
    </WorkspaceContext.Provider>
  );
}
