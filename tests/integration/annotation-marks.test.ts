import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { disconnectDb } from "@/lib/db";
import { createCollabToken } from "@/lib/auth/collab-token";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { markedRanges, MarkRangeError, writeAnnotationMark } from "@/lib/collab/write-annotation-mark";
import { plainTextOf } from "@/lib/documents/import";
import { paperSchema } from "@/lib/documents/schema";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";

const PAPER = "Introduction\n\nTrust is a quintessential concept. The social credit plan could be seen as a tool.\n\nA second paragraph about 社会信用 and trust.\n";

function rangesIn(doc: Y.Doc) {
  return markedRanges(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(PAPER_FIELD), paperSchema()));
}
function textIn(doc: Y.Doc) {
  return plainTextOf(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(PAPER_FIELD), paperSchema()).toJSON());
}

describe("server-written annotation marks", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let documentId: string;
  let editor: TestClient;
  let reader: TestClient;

  beforeAll(async () => {
    harness = await startCollabHarness();
    const group = await createGroup();
    const [owner, member] = await Promise.all([createUser(), createUser()]);
    await addMember(group.id, owner.id, "owner");
    await addMember(group.id, member.id, "participant");
    documentId = (await importPaper(group.id, PAPER)).id;
    editor = connectClient({ port: harness.port, documentId, token: createCollabToken(owner.id) });
    reader = connectClient({ port: harness.port, documentId, token: createCollabToken(member.id) });
    await waitFor(() => editor.provider.isSynced && reader.provider.isSynced, { what: "sync" });
  });
  afterAll(async () => {
    editor.destroy();
    reader.destroy();
    await harness.close();
    await disconnectDb();
  });

  it("writes a mark every client in the room receives, and stores it", async () => {
    const text = textIn(reader.provider.document);
    const quote = "social credit plan";
    const start = text.indexOf(quote);
    await writeAnnotationMark(harness.collab.hocuspocus, documentId, { annotationId: "ann-1", start, end: start + quote.length, expectedQuote: quote });
    await waitFor(() => rangesIn(reader.provider.document).has("ann-1"), { what: "mark at the reader" });
    expect(rangesIn(reader.provider.document).get("ann-1")).toEqual({ start, end: start + quote.length });
    expect(markedRanges(await readStoredPaper(documentId)).get("ann-1")).toEqual({ start, end: start + quote.length });
  });

  it("lets annotations overlap, including over CJK text", async () => {
    const text = textIn(reader.provider.document);
    const cjk = "社会信用";
    const cjkStart = text.indexOf(cjk);
    await writeAnnotationMark(harness.collab.hocuspocus, documentId, { annotationId: "ann-cjk", start: cjkStart, end: cjkStart + cjk.length, expectedQuote: cjk });
    const wide = "second paragraph about 社会信用 and";
    const wideStart = text.indexOf(wide);
    await writeAnnotationMark(harness.collab.hocuspocus, documentId, { annotationId: "ann-wide", start: wideStart, end: wideStart + wide.length, expectedQuote: wide });
    await waitFor(() => rangesIn(reader.provider.document).has("ann-wide"), { what: "both marks" });
    const ranges = rangesIn(reader.provider.document);
    expect(ranges.get("ann-cjk")).toEqual({ start: cjkStart, end: cjkStart + cjk.length });
    expect(ranges.get("ann-wide")).toEqual({ start: wideStart, end: wideStart + wide.length });
  });

  it("keeps the mark on the same words when the author inserts text before the passage", async () => {
    const paragraph = editor.provider.document.getXmlFragment(PAPER_FIELD).get(1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, "Inserted before. ");
    await waitFor(() => textIn(reader.provider.document).startsWith("Introduction\n\nInserted before."), { what: "insertion" });
    const text = textIn(reader.provider.document);
    const range = rangesIn(reader.provider.document).get("ann-1")!;
    expect(text.slice(range.start, range.end)).toBe("social credit plan");
  });

  it("refuses a range whose text changed, writing nothing", async () => {
    await expect(
      writeAnnotationMark(harness.collab.hocuspocus, documentId, { annotationId: "ann-stale", start: 0, end: 5, expectedQuote: "Trust" }),
    ).rejects.toBeInstanceOf(MarkRangeError);
    expect(rangesIn(reader.provider.document).has("ann-stale")).toBe(false);
  });

  it("removes a mark", async () => {
    await writeAnnotationMark(harness.collab.hocuspocus, documentId, { annotationId: "ann-1", start: 0, end: 0, expectedQuote: "" }, "remove");
    await waitFor(() => !rangesIn(reader.provider.document).has("ann-1"), { what: "mark removed at the reader" });
    expect(rangesIn(reader.provider.document).has("ann-cjk")).toBe(true);
  });
});
