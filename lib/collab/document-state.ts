import * as Y from "yjs";
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { paperSchema } from "@/lib/documents/schema";
import { db } from "@/lib/db";

/** The Y.Doc field tiptap's Collaboration extension binds to (its default). */
export const PAPER_FIELD = "default";

/** Encodes a ProseMirror JSON document as the Yjs state a new paper starts from. */
export function initialStateFromJson(docJson: unknown): Uint8Array {
  const ydoc = prosemirrorJSONToYDoc(paperSchema(), docJson, PAPER_FIELD);
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return state;
}

/**
 * Loads a document's state: its snapshot plus every log row still present. Rows already folded
 * into the snapshot may be applied twice; Yjs updates are idempotent, so that is harmless,
 * and it means a row committed late (out of id order) is never skipped.
 */
export async function loadStoredUpdates(documentId: string): Promise<Uint8Array[]> {
  const [snapshot, rows] = await db().$transaction(
    [
      db().ySnapshot.findUnique({ where: { documentId } }),
      db().yUpdate.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { data: true } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  const updates: Uint8Array[] = [];
  if (snapshot) updates.push(snapshot.state);
  for (const row of rows) updates.push(row.data);
  return updates;
}

/** Applies stored updates, skipping (and reporting) any that cannot be decoded. */
export function applyStoredUpdates(ydoc: Y.Doc, updates: Uint8Array[], onBadUpdate?: (error: unknown) => void) {
  for (const update of updates) {
    try {
      Y.applyUpdate(ydoc, update);
    } catch (error) {
      onBadUpdate?.(error);
    }
  }
}

/** Reads the current stored document (not the live in-memory one) as a ProseMirror node. */
export async function readStoredPaper(documentId: string) {
  const ydoc = new Y.Doc();
  applyStoredUpdates(ydoc, await loadStoredUpdates(documentId));
  const node = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(PAPER_FIELD), paperSchema());
  ydoc.destroy();
  return node;
}
