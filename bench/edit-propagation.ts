import * as Y from "yjs";
import { PAPER_FIELD } from "@/lib/collab/document-state";
import { connectClient, waitFor, type TestClient } from "@/tests/support/collab-harness";

export interface PropagationOptions {
  port: number;
  /** Where the readers connect (another instance); the author's port when absent. */
  readerPort?: number;
  documentId: string;
  authorToken: string;
  readerTokens: string[];
  edits: number;
  spacingMs: number;
  warmupEdits: number;
}

export interface PropagationResult {
  receivers: number;
  edits: number;
  /** One latency (ms) per (edit, receiver) pair that arrived. */
  samples: number[];
  missing: number;
  /** Wall time for every client to connect, authenticate and finish its first sync. */
  connectMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The first text node of the paper, wherever it sits (the sample starts with an abstract block). */
function firstText(node: Y.XmlFragment | Y.XmlElement): Y.XmlText | null {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) return child;
    if (child instanceof Y.XmlElement) {
      const found = firstText(child);
      if (found) return found;
    }
  }
  return null;
}

const MARKER = /\{e(\d+)\}/g;

/**
 * One author types `edits` uniquely marked insertions, `spacingMs` apart; every reader
 * timestamps each marker when its Y.Doc applies the update that carries it. Everything runs
 * in this one process, so performance.now() is one clock. The marker is found in the update
 * bytes (Yjs v1 updates carry inserted strings as UTF-8), so receivers never serialise the
 * document while the clock runs.
 */
export async function measureEditPropagation(options: PropagationOptions): Promise<PropagationResult> {
  const clients: TestClient[] = [];
  try {
    const connectStart = performance.now();
    const readers = options.readerTokens.map((token) => connectClient({ port: options.readerPort ?? options.port, documentId: options.documentId, token }));
    const author = connectClient({ port: options.port, documentId: options.documentId, token: options.authorToken });
    clients.push(...readers, author);
    await waitFor(() => clients.every((c) => c.provider.isSynced), { timeout: 60_000, interval: 5, what: "every client to sync" });
    const connectMs = performance.now() - connectStart;

    const sentAt = new Map<number, number>();
    const seen = readers.map(() => new Set<number>());
    const samples: number[] = [];
    readers.forEach((reader, index) => {
      reader.provider.document.on("update", (update: Uint8Array) => {
        const now = performance.now();
        const text = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString("latin1");
        for (const match of text.matchAll(MARKER)) {
          const id = Number(match[1]);
          const start = sentAt.get(id);
          if (start === undefined || seen[index].has(id)) continue;
          seen[index].add(id);
          samples.push(now - start);
        }
      });
    });

    const textNode = firstText(author.provider.document.getXmlFragment(PAPER_FIELD));
    if (!textNode) throw new Error("The document has no text to type into.");
    // Warm-up edits (JIT, database pool) carry a different marker and are not measured.
    for (let i = 0; i < options.warmupEdits; i++) {
      textNode.insert(textNode.length, ` {w${i}}`);
      await sleep(options.spacingMs);
    }
    for (let i = 0; i < options.edits; i++) {
      sentAt.set(i, performance.now());
      textNode.insert(textNode.length, ` {e${i}}`);
      await sleep(options.spacingMs);
    }
    const expected = options.edits * readers.length;
    await waitFor(() => samples.length === expected, { timeout: 30_000, interval: 10, what: "every edit at every reader" }).catch(() => {});
    await waitFor(() => author.provider.unsyncedChanges === 0, { timeout: 30_000, what: "the author's edits to be acknowledged" });

    // The readers hold the author's text exactly (checked once, after the clock stopped).
    const authorText = author.provider.document.getXmlFragment(PAPER_FIELD).toString();
    const diverged = readers.filter((r) => r.provider.document.getXmlFragment(PAPER_FIELD).toString() !== authorText).length;
    if (diverged > 0) throw new Error(`${diverged} reader(s) did not converge on the author's text.`);

    return { receivers: readers.length, edits: options.edits, samples, missing: expected - samples.length, connectMs };
  } finally {
    for (const client of clients) client.destroy();
  }
}
