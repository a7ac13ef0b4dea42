import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { db, disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createCollabToken } from "@/lib/auth/collab-token";
import { PAPER_FIELD } from "@/lib/collab/document-state";
import { registerCollabServer } from "@/lib/collab/registry";
import { markedRanges } from "@/lib/collab/write-annotation-mark";
import { createAnnotation, deleteAnnotation, exportW3C, exportW3CAnnotation, getAnnotation, importW3CAnnotation, listAnnotations, updateAnnotation } from "@/lib/annotations";
import { plainTextOf } from "@/lib/documents/import";
import { paperSchema } from "@/lib/documents/schema";
import { addMember, createGroup, createUser, importPaper, samplePaperBytes } from "../support/factories";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";
import { checkAssertion, loadAssertions, missingSuiteMessage, suiteValidator, w3cTestsDir } from "../fixtures/annotations/w3c-test-suite";
import { skipCheckWithoutShared } from "../support/shared-folder";

const asActor = (user: { id: string; name: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" });
const textIn = (doc: Y.Doc) => plainTextOf(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(PAPER_FIELD), paperSchema()).toJSON());

describe("annotations on the live paper", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let documentId: string;
  let text: string;
  const people: Record<"owner" | "moderator" | "author" | "participant" | "viewer" | "stranger", { id: string; name: string }> = {} as never;
  let room: TestClient;
  const pushes: string[] = [];

  beforeAll(async () => {
    harness = await startCollabHarness();
    registerCollabServer(harness.collab);
    const group = await createGroup();
    for (const role of ["owner", "moderator", "author", "participant", "viewer", "stranger"] as const) {
      people[role] = await createUser({ name: `Anno ${role}` });
      if (role !== "stranger") await addMember(group.id, people[role].id, role === "author" ? "participant" : role);
    }
    documentId = (await importPaper(group.id, new TextDecoder().decode(samplePaperBytes()), "Sample for annotations")).id;
    room = connectClient({ port: harness.port, documentId, token: createCollabToken(people.viewer.id) });
    room.provider.on("stateless", ({ payload }: { payload: string }) => pushes.push(payload));
    await waitFor(() => room.provider.isSynced, { what: "room synced" });
    text = textIn(room.provider.document);
  });
  afterAll(async () => {
    room.destroy();
    await harness.close();
    await disconnectDb();
  });

  const anchorOf = (quote: string, occurrence = 0) => {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
    return { start, end: start + quote.length, quote };
  };

  it("creates a claim: stored, its mark written into the live document, the room told", async () => {
    const anchor = anchorOf("The SCS goes beyond that.");
    const created = await createAnnotation(asActor(people.participant), documentId, { kind: "claim", body: "Is it, though?", tags: ["scope"], anchor });
    expect(created).toMatchObject({ kind: "claim", tags: ["scope"], claim: { status: "unreviewed", supported: 0, contested: 0 }, anchor: { quote: anchor.quote, orphaned: false } });
    expect(created.anchor.prefix.length).toBeGreaterThan(0);
    await waitFor(() => pushes.some((p) => p.includes(created.id)), { what: "push to the room" });
    await waitFor(() => markedRanges(yXmlFragmentToProseMirrorRootNode(room.provider.document.getXmlFragment(PAPER_FIELD), paperSchema())).has(created.id), { what: "mark at the client" });
    expect(JSON.parse(pushes.find((p) => p.includes(created.id))!)).toEqual({ type: "annotations-changed", documentId, ids: [created.id] });
  });

  it("refuses bad input with 422 and stores nothing", async () => {
    const before = await db().annotation.count({ where: { documentId } });
    const anchor = anchorOf("China is not the only country");
    const cases = [
      { kind: "comment", body: "x".repeat(10_001), anchor },
      { kind: "comment", body: "ok", tags: Array.from({ length: 21 }, (_, i) => `t${i}`), anchor },
      { kind: "comment", body: "ok", tags: ["x".repeat(51)], anchor },
      { kind: "comment", body: "ok", anchor: { start: 0, end: 5_001, quote: text.slice(0, 5_001) } },
      { kind: "comment", body: "ok", anchor: { start: text.length - 2, end: text.length + 10, quote: "zz" } },
      { kind: "comment", body: "ok", anchor: { start: anchor.start, end: anchor.end, quote: "not what is there" } },
      { kind: "opinion", body: "ok", anchor },
    ];
    for (const input of cases) {
      await expect(createAnnotation(asActor(people.participant), documentId, input as never)).rejects.toMatchObject({ name: expect.stringMatching(/ZodError|DomainError/) });
    }
    expect(await db().annotation.count({ where: { documentId } })).toBe(before);
  });

  it("applies the policy: viewers 403, strangers 404, unknown documents 404", async () => {
    const anchor = anchorOf("China is not the only country");
    await expect(createAnnotation(asActor(people.viewer), documentId, { kind: "comment", anchor })).rejects.toMatchObject({ status: 403 });
    await expect(createAnnotation(asActor(people.stranger), documentId, { kind: "comment", anchor })).rejects.toMatchObject({ status: 404 });
    await expect(createAnnotation(asActor(people.participant), "doesnotexist0000000000000", { kind: "comment", anchor })).rejects.toMatchObject({ status: 404 });
    await expect(listAnnotations(asActor(people.stranger), documentId)).rejects.toMatchObject({ status: 404 });
  });

  it("private annotations are seen by their author alone: not by moderators, owners, nor the room", async () => {
    const pushesBefore = pushes.length;
    const mine = await createAnnotation(asActor(people.participant), documentId, { kind: "comment", body: "note to self", visibility: "private", anchor: anchorOf("elephant in the room") });
    expect((await listAnnotations(asActor(people.participant), documentId)).items.map((a) => a.id)).toContain(mine.id);
    for (const other of [people.owner, people.moderator, people.author, people.viewer]) {
      expect((await listAnnotations(asActor(other), documentId)).items.map((a) => a.id)).not.toContain(mine.id);
      await expect(getAnnotation(asActor(other), mine.id)).rejects.toMatchObject({ status: 404 });
    }
    const exported = JSON.stringify(await exportW3C(asActor(people.participant), documentId, { baseUrl: "http://localhost:3000" }));
    expect(exported).not.toContain(mine.id);
    // No mark in the shared document and no push for a private annotation.
    const marks = markedRanges(yXmlFragmentToProseMirrorRootNode(room.provider.document.getXmlFragment(PAPER_FIELD), paperSchema()));
    expect(marks.has(mine.id)).toBe(false);
    expect(pushes.slice(pushesBefore).some((p) => p.includes(mine.id))).toBe(false);
  });

  it("filters, sorts and pages the sidebar list", async () => {
    const participant = asActor(people.participant);
    await createAnnotation(participant, documentId, { kind: "question", body: "Why *this* source?", tags: ["sources"], anchor: anchorOf("Creemers, 2018", 1) });
    await createAnnotation(asActor(people.moderator), documentId, { kind: "comment", body: "Good point about 社会信用", anchor: anchorOf("社会信用") });
    const all = await listAnnotations(participant, documentId, { limit: 2 });
    expect(all.items).toHaveLength(2);
    expect(all.nextCursor).not.toBeNull();
    const next = await listAnnotations(participant, documentId, { limit: 2, cursor: all.nextCursor! });
    expect(next.items[0].id).not.toBe(all.items[1].id);
    const positions = (await listAnnotations(participant, documentId)).items.map((a) => a.anchor.start);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect((await listAnnotations(participant, documentId, { kind: "question" })).items.every((a) => a.kind === "question")).toBe(true);
    expect((await listAnnotations(participant, documentId, { tag: "sources" })).items).toHaveLength(1);
    expect((await listAnnotations(participant, documentId, { q: "社会信用" })).items.length).toBeGreaterThanOrEqual(1);
    expect((await listAnnotations(participant, documentId, { author: people.moderator.id })).items.every((a) => a.author.id === people.moderator.id)).toBe(true);
    expect((await listAnnotations(participant, documentId, { status: "unreviewed" })).items.every((a) => a.claim?.status === "unreviewed")).toBe(true);
  });

  it("stores script in bodies and tags as written, and renders it inert", async () => {
    const payload = `<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))`;
    const created = await createAnnotation(asActor(people.participant), documentId, { kind: "comment", body: payload, tags: ["<b onmouseover=alert(4)>"], anchor: anchorOf("Cambridge Analytica") });
    const row = await db().annotation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.body).toBe(payload);
    expect(row.tags).toEqual(["<b onmouseover=alert(4)>"]);
    // Escaped into text, or dropped: never a script element, an event attribute or a javascript: link.
    expect(created.bodyHtml).not.toMatch(/<script|<[a-z][^>]*\son[a-z]+=|href="javascript:/i);
    expect(created.bodyHtml).toContain("&lt;script&gt;");
  });

  it("edits and deletes own annotations only", async () => {
    const created = await createAnnotation(asActor(people.participant), documentId, { kind: "comment", body: "first", anchor: anchorOf("Shenzhen") });
    await expect(updateAnnotation(asActor(people.moderator), created.id, { body: "hijack" })).rejects.toMatchObject({ status: 403 });
    expect((await updateAnnotation(asActor(people.participant), created.id, { body: "second" })).body).toBe("second");
    await expect(deleteAnnotation(asActor(people.owner), created.id)).rejects.toMatchObject({ status: 403 });
    await deleteAnnotation(asActor(people.participant), created.id);
    await expect(getAnnotation(asActor(people.participant), created.id)).rejects.toMatchObject({ status: 404 });
  });

  it("keeps an annotation whose passage the author deleted, listed as orphaned with its quote", async () => {
    const anchor = anchorOf("Carnival in 2019");
    const created = await createAnnotation(asActor(people.participant), documentId, { kind: "comment", body: "a festival", anchor });
    const editor = connectClient({ port: harness.port, documentId, token: createCollabToken(people.owner.id) });
    await waitFor(() => editor.provider.isSynced, { what: "editor synced" });
    // Delete the paragraph holding the passage, as an author revising the text would.
    const fragment = editor.provider.document.getXmlFragment(PAPER_FIELD);
    for (let i = 0; i < fragment.length; i++) {
      if ((fragment.get(i) as Y.XmlElement).toString().includes("Carnival in 2019")) {
        fragment.delete(i, 1);
        break;
      }
    }
    await waitFor(() => !editor.provider.hasUnsyncedChanges, { what: "deletion stored" });
    editor.destroy();
    const orphaned = (await listAnnotations(asActor(people.participant), documentId, { orphaned: "true" })).items;
    expect(orphaned.map((a) => a.id)).toContain(created.id);
    expect(orphaned.find((a) => a.id === created.id)!.anchor).toMatchObject({ quote: "Carnival in 2019", orphaned: true });
    expect(await db().annotation.count({ where: { id: created.id } })).toBe(1);
  });

  it("imports W3C annotations: exact, fuzzy, or orphaned; and the export passes the W3C conformance assertions", async () => {
    const participant = asActor(people.participant);
    const w3c = (exact: string, prefix = "") => ({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      body: { type: "TextualBody", value: "Imported note", format: "text/plain", purpose: "commenting" },
      target: { source: "https://example.org/paper", selector: { type: "TextQuoteSelector", exact, prefix } },
    });
    const exact = await importW3CAnnotation(participant, documentId, w3c("social scoring systems risk inducing social segregation"));
    expect(exact.anchor.orphaned).toBe(false);
    const fuzzy = await importW3CAnnotation(participant, documentId, w3c("social scoring system risk inducing social segregations"));
    expect(fuzzy.anchor.orphaned).toBe(false);
    // Offsets are over the live text (a paragraph was deleted by the previous test).
    await waitFor(() => textIn(room.provider.document).slice(fuzzy.anchor.start, fuzzy.anchor.end).includes("inducing social segregation"), { what: "fuzzy anchor in the live text" });
    const orphan = await importW3CAnnotation(participant, documentId, w3c("A sentence that is nowhere in this paper at all, really."));
    expect(orphan.anchor).toMatchObject({ orphaned: true, quote: "A sentence that is nowhere in this paper at all, really." });
    await expect(importW3CAnnotation(participant, documentId, { type: "Annotation" })).rejects.toBeTruthy();

    const dir = w3cTestsDir();
    if (skipCheckWithoutShared(missingSuiteMessage(dir))) return;
    const ajv = suiteValidator(dir);
    const failures: string[] = [];
    const check = (testFile: string, document: unknown) => {
      for (const assertion of loadAssertions(ajv, dir, testFile)) {
        const failure = checkAssertion(assertion, document);
        if (failure) failures.push(failure);
      }
    };
    const collection = await exportW3C(participant, documentId, { baseUrl: "http://localhost:3000" });
    check("collections/collectionMusts.test", collection);
    check("collections/pages/pageMusts.test", await exportW3C(participant, documentId, { baseUrl: "http://localhost:3000", page: 0 }));
    check("annotations/annotationMusts.test", await exportW3CAnnotation(participant, exact.id, "http://localhost:3000"));
    expect(failures).toEqual([]);
    expect((collection as { total: number }).total).toBeGreaterThan(3);
  });
});
