import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { db, disconnectDb } from "@/lib/db";
import { compactUpdateLog } from "@/lib/collab/compact-update-log";
import { toStoredBytes } from "@/lib/collab/bytes";
import { applyStoredUpdates, loadStoredUpdates, PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { createGroup, importPaper } from "../support/factories";

/** Builds a Yjs update that appends `text` to the first paragraph of the stored document. */
async function appendUpdate(documentId: string, text: string) {
  const doc = new Y.Doc();
  applyStoredUpdates(doc, await loadStoredUpdates(documentId));
  const before = Y.encodeStateVector(doc);
  const paragraph = doc.getXmlFragment(PAPER_FIELD).get(1) as Y.XmlElement;
  const textNode = paragraph.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
  const update = Y.encodeStateAsUpdate(doc, before);
  await db().yUpdate.create({ data: { documentId, data: toStoredBytes(update) } });
}

describe("update log compaction", () => {
  let documentId: string;

  beforeAll(async () => {
    const group = await createGroup();
    documentId = (await importPaper(group.id)).id;
  });
  afterAll(disconnectDb);

  it("folds the log into the snapshot without changing the document", async () => {
    for (let i = 0; i < 5; i++) await appendUpdate(documentId, ` edit-${i}`);
    const before = (await readStoredPaper(documentId)).textContent;
    expect(await db().yUpdate.count({ where: { documentId } })).toBe(5);

    const { folded } = await compactUpdateLog(documentId);

    expect(folded).toBe(5);
    expect(await db().yUpdate.count({ where: { documentId } })).toBe(0);
    expect((await readStoredPaper(documentId)).textContent).toBe(before);
    expect(before).toContain("edit-4");
  });

  it("keeps a row committed while a compaction runs", async () => {
    await appendUpdate(documentId, " first");
    const compaction = compactUpdateLog(documentId);
    await appendUpdate(documentId, " concurrent");
    await compaction;
    await compactUpdateLog(documentId);
    const text = (await readStoredPaper(documentId)).textContent;
    expect(text).toContain(" first");
    expect(text).toContain(" concurrent");
  });

  it("two compactions at once leave one consistent snapshot", async () => {
    await appendUpdate(documentId, " parallel-a");
    await appendUpdate(documentId, " parallel-b");
    const results = await Promise.all([compactUpdateLog(documentId), compactUpdateLog(documentId)]);
    expect(results.map((r) => r.folded).sort()).toEqual([0, 2]);
    const text = (await readStoredPaper(documentId)).textContent;
    expect(text).toContain("parallel-a");
    expect(text).toContain("parallel-b");
  });
});
