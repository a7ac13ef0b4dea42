"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useState } from "react";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { pmRangeFromText } from "@/lib/documents/text-positions";
import { PaperEditor } from "./paper-editor";
import { PaperStatic } from "./paper-static";
import { PresenceBar } from "./presence-bar";
import { ShareControl } from "./share-control";
import { SidePanel } from "./side-panel";
import { TableOfContents } from "./table-of-contents";
import { useCollabProvider } from "./use-collab-provider";

/** The reading page: contents on the left, the live paper in the middle, panels on the right. */
export function PaperReader({ document, user, shareToken }: { document: DocumentDetail; user: { name: string; color: string }; shareToken?: string }) {
  const { provider, state, synced, unsynced, present, canEdit } = useCollabProvider(document.id, document.canEditText, shareToken);
  const [editor, setEditor] = useState<Editor | null>(null);
  const onReady = useCallback((instance: Editor) => setEditor(instance), []);

  const scrollToText = useCallback(
    (start: number, end: number) => {
      if (!editor) return;
      const range = pmRangeFromText(editor.state.doc, start, end);
      if (!range) return;
      const { node } = editor.view.domAtPos(range.from);
      const element = node instanceof HTMLElement ? node : node.parentElement;
      element?.scrollIntoView({ behavior: "smooth", block: "center" });
      editor.commands.setTextSelection(range);
      editor.commands.focus(undefined, { scrollIntoView: false });
    },
    [editor],
  );

  const scrollToCitation = useCallback((key: string) => {
    const first = window.document.querySelector<HTMLElement>(`.paper-column cite[data-citation="${CSS.escape(key)}"]`);
    first?.scrollIntoView({ behavior: "smooth", block: "center" });
    first?.classList.add("flash");
    window.setTimeout(() => first?.classList.remove("flash"), 1600);
  }, []);

  return (
    <div className="reader">
      <div className="reader-bar">
        <h1 className="reader-title">{document.title}</h1>
        <div className="reader-tools">
          <PresenceBar state={state} unsynced={unsynced} present={present} canEdit={canEdit} />
          {document.canShare && <ShareControl documentId={document.id} initiallyShared={document.isShared} />}
        </div>
      </div>
      <div className="reader-grid">
        <TableOfContents headings={document.headings} />
        <article className="paper-column" aria-label={document.title} data-synced={synced && provider ? "true" : "false"}>
          {provider && (
            <div hidden={!synced}>
              <PaperEditor provider={provider} user={user} editable={canEdit} onReady={onReady} />
            </div>
          )}
          {!synced && <PaperStatic content={document.content} />}
        </article>
        <SidePanel citations={document.citations} questions={document.questions} onCitation={scrollToCitation} onQuestion={scrollToText} />
      </div>
    </div>
  );
}
