import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import { db, disconnectDb } from "@/lib/db";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { registerCollabServer } from "@/lib/collab/registry";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { toStoredBytes } from "@/lib/collab/bytes";
import { markedRanges } from "@/lib/collab/write-annotation-mark";
import { createAnnotation, exportW3C } from "@/lib/annotations";
import { getDocument } from "@/lib/documents";
import { storeImportedPaper } from "@/lib/documents/import-document";
import { type Block, heading, paragraph, type Span } from "@/lib/documents/import/blocks";
import { plainTextOf } from "@/lib/documents/import";
import { AbstractNode } from "@/lib/documents/schema/abstract-node";
import { AnnotationMark } from "@/lib/documents/schema/annotation-mark";
import { CitationMark } from "@/lib/documents/schema/citation-mark";
import * as original from "@/app/api/documents/[id]/original/route";
import { addMember, createGroup, createUser } from "../../support/factories";
import { startCollabHarness } from "../../support/collab-harness";
import { paperFromBlocks } from "../../support/paper-from-blocks";

const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

const asActor = (user: { id: string; name: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" });
const text = (value: string, marks: Span["marks"] = []): Span => ({ text: value, marks });
const box = (page: number, y: number) => ({ page, x: 54, y, width: 240, height: 36 });

const BLOCKS: Block[] = [
  { ...heading("1 Introduction", 2), source: box(1, 300) },
  { kind: "paragraph", spans: [text("Tracing is fast"), text("1", [{ type: "footnoteRef", attrs: { id: "fn-1" } }]), text(" as shown in "), text("[1]", [{ type: "citation", attrs: { key: "ref-1" } }]), text(".")], source: box(1, 340) },
  { kind: "list", ordered: false, children: [{ kind: "listItem", children: [paragraph("A first listed point about type stability.")] }, { kind: "listItem", children: [paragraph("A second point.")] }] },
  {
    kind: "table",
    children: [
      { kind: "tableRow", children: [{ kind: "tableCell", header: true, children: [paragraph("Benchmark")] }, { kind: "tableCell", header: true, children: [paragraph("Speedup")] }] },
      { kind: "tableRow", children: [{ kind: "tableCell", header: false, children: [paragraph("crypto-md5")] }, { kind: "tableCell", header: false, children: [paragraph("2.5 times faster")] }] },
    ],
  },
  { kind: "caption", label: "table", spans: [text("Table 1. Speedups.")], source: box(2, 100) },
  { ...heading("References", 2), source: box(2, 400) },
  { kind: "references", children: [{ kind: "reference", key: "ref-1", label: "[1]", spans: [text("[1] A. Gal et al. Trace-based compilation. 2009.")], source: box(2, 420) }] },
  { kind: "footnotes", children: [{ kind: "footnote", id: "fn-1", label: "1", source: box(1, 700), children: [paragraph("Measured on a laptop with the JIT enabled.")] }] },
];

describe("the grown document model, stored and annotated", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let groupId: string;
  let owner: { id: string; name: string };
  let participant: { id: string; name: string };
  let stranger: { id: string; name: string };
  let documentId: string;
  const bytes = new TextEncoder().encode("%PDF-1.4 stand-in bytes \u00e9");

  beforeAll(async () => {
    harness = await startCollabHarness();
    registerCollabServer(harness.collab);
    const group = await createGroup();
    groupId = group.id;
    [owner, participant, stranger] = await Promise.all([createUser(), createUser(), createUser()]);
    await addMember(groupId, owner.id, "owner");
    await addMember(groupId, participant.id, "participant");
    const paper = paperFromBlocks(BLOCKS, { title: "Trace-based JIT", authors: ["A. Gal", "B. Eich"] }, [{ code: "unmapped_glyphs", count: 3, message: "3 characters the PDF does not map to text were left out." }]);
    documentId = (await storeImportedPaper(asActor(owner), { groupId, filename: "tracemonkey.pdf", bytes, format: "pdf", paper })).id;
  });
  afterAll(async () => {
    await harness.close();
    await disconnectDb();
  });

  it("stores the original file, the provenance on plain-text offsets, authors and the summary; the title defaults to meta.title", async () => {
    const row = await db().document.findUniqueOrThrow({ where: { id: documentId }, include: { original: true } });
    expect(row.title).toBe("Trace-based JIT");
    expect(row.authors).toEqual(["A. Gal", "B. Eich"]);
    expect(Buffer.from(row.original!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(row.original).toMatchObject({ mimeType: "application/pdf", filename: "tracemonkey.pdf", size: bytes.byteLength });
    const provenance = row.original!.provenance as { start: number; end: number; page: number; y: number }[];
    // Every sourced block, mapped onto the stored plain text: the slice is the block's text.
    expect(provenance.map((entry) => [row.plainText.slice(entry.start, entry.end), entry.page, entry.y])).toEqual([
      ["1 Introduction", 1, 300],
      ["Tracing is fast1 as shown in [1].", 1, 340],
      ["Table 1. Speedups.", 2, 100],
      ["References", 2, 400],
      ["[1] A. Gal et al. Trace-based compilation. 2009.", 2, 420],
      ["Measured on a laptop with the JIT enabled.", 1, 700],
    ]);
    expect(row.importSummary).toMatchObject({
      title: "Trace-based JIT",
      sections: ["1 Introduction", "References"],
      abstract: false,
      references: 1,
      citations: { mentions: 1, linked: 1 },
      footnotes: 1,
      notices: [{ code: "unmapped_glyphs", count: 3 }],
    });
  });

  it("serves the original to readers only: 401 signed out, 404 to strangers and for unknown ids, the bytes as a download otherwise", async () => {
    const get = async (actor: Actor, id = documentId) => {
      session.actor = actor;
      return original.GET(new Request(`http://localhost/api/documents/${id}/original`), { params: Promise.resolve({ id }) });
    };
    const signedOut = await get(ANONYMOUS);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: "unauthenticated" } });
    expect((await get(asActor(stranger))).status).toBe(404);
    expect((await get(asActor(participant), "c0000000000000000000000000")).status).toBe(404);
    expect((await get(asActor(participant), "../../etc/passwd")).status).toBe(404);
    const ok = await get(asActor(participant));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toBe(`attachment; filename="tracemonkey.pdf"; filename*=UTF-8''tracemonkey.pdf`);
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(Buffer.from(await ok.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it("a document stored before originals were kept answers 404 with a message, not a 500", async () => {
    await db().documentOriginal.delete({ where: { documentId } }).catch(() => undefined);
    session.actor = asActor(participant);
    const response = await original.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: documentId }) });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found", message: expect.stringMatching(/before original files were kept/) } });
  });

  it.each([
    ["a list item", "first listed point"],
    ["a table cell", "2.5 times faster"],
    ["a table header cell", "Speedup"],
    ["a caption", "Speedups"],
    ["a reference entry", "Trace-based compilation"],
    ["a footnote", "laptop with the JIT"],
  ])("an annotation on %s gets its mark on those words and keeps its W3C selectors", async (_what, quote) => {
    const plain = plainTextOf(await readStoredPaper(documentId));
    const start = plain.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    const created = await createAnnotation(asActor(participant), documentId, { kind: "comment", body: `On ${quote}`, anchor: { start, end: start + quote.length, quote } });
    const stored = await readStoredPaper(documentId);
    expect(markedRanges(stored).get(created.id)).toEqual({ start, end: start + quote.length });
    const collection = await exportW3C(asActor(participant), documentId, { baseUrl: "http://localhost" });
    const page = (collection as { first?: { items: unknown[] } }).first;
    const items = (page?.items ?? []) as { id: string; target: { selector: { type: string; exact?: string; start?: number; end?: number }[] } }[];
    const exported = items.find((item) => item.id.endsWith(created.id));
    expect(exported?.target.selector).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "TextQuoteSelector", exact: quote }), expect.objectContaining({ type: "TextPositionSelector", start, end: start + quote.length })]),
    );
  });
});

describe("documents stored with the earlier schema", () => {
  // The schema as it was before lists, tables, footnotes and references were added.
  const oldSchema = getSchema([StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: false }, trailingNode: false }), AbstractNode, CitationMark, AnnotationMark]);
  const OLD_DOC = {
    type: "doc",
    content: [
      { type: "abstract", content: [{ type: "paragraph", content: [{ type: "text", text: "An abstract from before." }] }] },
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Introduction" }] },
      { type: "paragraph", content: [{ type: "text", text: "Trust matters " }, { type: "text", text: "(Creemers, 2018)", marks: [{ type: "citation", attrs: { key: "creemers-2018" } }] }, { type: "text", text: " to everyone." }] },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "A quoted passage." }] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "An old list item." }] }] }] },
      { type: "codeBlock", attrs: { language: null }, content: [{ type: "text", text: "x = 1" }] },
    ],
  };
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let documentId: string;
  let participant: { id: string; name: string };

  beforeAll(async () => {
    harness = await startCollabHarness();
    registerCollabServer(harness.collab);
    const group = await createGroup();
    participant = await createUser();
    await addMember(group.id, participant.id, "participant");
    const ydoc = prosemirrorJSONToYDoc(oldSchema, OLD_DOC, PAPER_FIELD);
    const state = Y.encodeStateAsUpdate(ydoc);
    const plain = "An abstract from before.\n\nIntroduction\n\nTrust matters (Creemers, 2018) to everyone.\n\nA quoted passage.\n\nAn old list item.\n\nx = 1";
    const document = await db().document.create({
      data: { groupId: group.id, title: "Old paper", format: "text", sourceText: plain, plainText: plain, headings: ["Introduction"], citations: [] },
    });
    await db().ySnapshot.create({ data: { documentId: document.id, state: toStoredBytes(state), lastUpdateId: 0 } });
    documentId = document.id;
  });
  afterAll(async () => {
    await harness.close();
    await disconnectDb();
  });

  it("loads under the new schema with the same content and plain text, and takes an annotation", async () => {
    const detail = await getDocument(asActor(participant), documentId);
    expect(detail.content).toEqual(oldSchema.nodeFromJSON(OLD_DOC).toJSON());
    expect(detail.plainText).toBe("An abstract from before.\n\nIntroduction\n\nTrust matters (Creemers, 2018) to everyone.\n\nA quoted passage.\n\nAn old list item.\n\nx = 1");
    const quote = "old list item";
    const start = detail.plainText.indexOf(quote);
    const created = await createAnnotation(asActor(participant), documentId, { kind: "comment", anchor: { start, end: start + quote.length, quote } });
    expect(markedRanges(await readStoredPaper(documentId)).get(created.id)).toEqual({ start, end: start + quote.length });
    const code = detail.plainText.indexOf("x = 1");
    const onCode = await createAnnotation(asActor(participant), documentId, { kind: "comment", anchor: { start: code, end: code + 5, quote: "x = 1" } });
    expect(markedRanges(await readStoredPaper(documentId)).get(onCode.id)).toEqual({ start: code, end: code + 5 });
  });
});
