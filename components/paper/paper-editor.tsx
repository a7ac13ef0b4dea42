"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import type { AnyExtension } from "@tiptap/core";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect } from "react";
import { paperExtensions } from "@/lib/documents/schema";

/** The live paper: tiptap bound to the shared Y.Doc, with everyone's carets and selections. */
export function PaperEditor(props: {
  provider: HocuspocusProvider;
  user: { name: string; color: string };
  editable: boolean;
  onReady: (editor: Editor) => void;
  /** Client-only behaviour (decorations, keys); never nodes or marks, which the server's schema fixes. */
  extensions?: AnyExtension[];
}) {
  const { provider, user, editable, onReady, extensions = [] } = props;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: [
        ...paperExtensions(),
        Collaboration.configure({ document: provider.document }),
        CollaborationCaret.configure({ provider, user }),
        ...extensions,
      ],
      editorProps: {
        attributes: {
          class: "paper-body",
          // Focusable even when read-only, so readers can select with the keyboard and their
          // selection is shared (y-tiptap only broadcasts a focused editor's selection).
          tabindex: "0",
          "aria-label": editable ? "Paper text (you can edit)" : "Paper text",
          // A text box when it can be edited; a document to read (and select in) otherwise.
          ...(editable ? { role: "textbox", "aria-multiline": "true" } : { role: "document" }),
          "aria-describedby": "paper-keys",
        },
      },
    },
    [provider],
  );

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  return <EditorContent editor={editor} />;
}
