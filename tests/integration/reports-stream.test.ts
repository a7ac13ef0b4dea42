import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { exportReport } from "@/lib/reports";
import { makeAuthor } from "../support/factories";
import { claimsWorld, type ClaimsWorld } from "../support/claims-helpers";

const COUNT = 10_000;

/** Reads a response body, counting the chunks it arrives in (no sleeps: the stream's own pace). */
async function drain(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  let chunks = 0;
  let bytes = 0;
  let text = "";
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, bytes, text: text + decoder.decode() };
    chunks++;
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}

describe("exports of a document with 10,000 annotations", () => {
  let w: ClaimsWorld;

  beforeAll(async () => {
    w = await claimsWorld();
    await makeAuthor(w.documentId, w.other.userId);
    const quote = "Trust is built by institutions.";
    const start = w.plainText.indexOf(quote);
    // Rows straight into the table (the create use case is exercised elsewhere): half claims.
    const rows = Array.from({ length: COUNT }, (_, i) => ({
      id: `bulk${String(i).padStart(8, "0")}`, documentId: w.documentId, authorId: w.participant.userId, kind: i % 2 === 0 ? ("claim" as const) : ("comment" as const),
      body: i === 0 ? "=cmd|' /C calc'!A0" : `Bulk note ${i}, with "quotes", commas\nand a line break.`, tags: [], visibility: "group" as const,
      quote, prefix: "", suffix: "", start, end: start + quote.length,
    }));
    for (let i = 0; i < rows.length; i += 2_000) await db().annotation.createMany({ data: rows.slice(i, i + 2_000) });
  }, 120_000);
  afterAll(disconnectDb);

  it("streams the CSV in several chunks with the total announced up front", async () => {
    const result = await exportReport(w.other, w.documentId, { format: "csv" }, "http://localhost");
    expect(result.totalItems).toBe(COUNT / 2);
    const { chunks, text } = await drain(result.body);
    expect(chunks).toBeGreaterThanOrEqual(COUNT / 2 / 500);
    // Records end in CRLF; the bodies' own line breaks are bare LF inside quotes.
    expect(text.split("\r\n").length - 2).toBe(COUNT / 2);
    expect(text).toContain(`claim,bulk00000000,Orphaned passage,Trust is built by institutions.,'=cmd|' /C calc'!A0,unreviewed,0,0`);
  }, 120_000);

  it("streams the W3C collection in several chunks, one annotation per line", async () => {
    const result = await exportReport(w.owner, w.documentId, { format: "w3c" }, "http://localhost");
    expect(result.totalItems).toBe(COUNT);
    const { chunks, text } = await drain(result.body);
    expect(chunks).toBeGreaterThanOrEqual(COUNT / 500);
    const collection = JSON.parse(text);
    expect(collection.total).toBe(COUNT);
    expect(collection.first.items).toHaveLength(COUNT);
    expect(text.split("\n").length - 3).toBe(COUNT);
  }, 120_000);

  it("stops reading the database when the client cancels", async () => {
    const result = await exportReport(w.owner, w.documentId, { format: "w3c" }, "http://localhost");
    const reader = result.body.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect((await reader.read()).done).toBe(true);
  });
});
