/**
 * Annotation figures, in-process on the bench database with a real collaboration server:
 * - create-to-visible: from the API use case's start to each connected member receiving the
 *   room push (the highlight's mark arrives in the same update stream), 50 members against a
 *   1-member baseline in the same run;
 * - listing 10,000 annotations of one document, paged (100 per page), warm.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createAnnotation, listAnnotations } from "@/lib/annotations";
import { readStoredPaper } from "@/lib/collab/document-state";
import { registerCollabServer } from "@/lib/collab/registry";
import type { CollabServer } from "@/lib/collab/collab-server";
import { plainTextOf } from "@/lib/documents/import";
import { connectClient, waitFor, type TestClient } from "@/tests/support/collab-harness";
import { summarise, type Summary } from "./stats";

export interface CreateToVisibleResult {
  members: number;
  creates: number;
  samples: number[];
}

export interface ListingResult {
  annotations: number;
  firstPage: Summary;
  deepPages: Summary;
  filtered: Summary;
}

/** `creates` annotations, one after another; each (annotation, member) pair is one sample. */
export async function measureCreateToVisible(options: { port: number; collab: CollabServer; documentId: string; actor: Actor; memberTokens: string[]; creates: number }): Promise<CreateToVisibleResult> {
  registerCollabServer(options.collab);
  const plainText = plainTextOf((await readStoredPaper(options.documentId)).toJSON());
  const members: TestClient[] = options.memberTokens.map((token) => connectClient({ port: options.port, documentId: options.documentId, token }));
  try {
    await waitFor(() => members.every((m) => m.provider.isSynced), { timeout: 60_000, interval: 5, what: "members synced" });
    // Arrival times per annotation id: the push can arrive before the use case returns its id.
    const arrivals = new Map<string, number[]>();
    for (const member of members) {
      member.provider.on("stateless", ({ payload }: { payload: string }) => {
        const at = performance.now();
        for (const id of (JSON.parse(payload) as { ids?: string[] }).ids ?? []) arrivals.set(id, [...(arrivals.get(id) ?? []), at]);
      });
    }
    const samples: number[] = [];
    // Short, distinct passages spread over the paper.
    const words = [...plainText.matchAll(/[A-Za-z]{7,}/g)].filter((_, i) => i % 7 === 0).slice(0, options.creates);
    for (const word of words) {
      const t0 = performance.now();
      const { id } = await createAnnotation(options.actor, options.documentId, { kind: "comment", body: "bench", anchor: { start: word.index!, end: word.index! + word[0].length, quote: word[0] } });
      await waitFor(() => (arrivals.get(id)?.length ?? 0) >= members.length, { timeout: 10_000, interval: 1, what: "push at every member" });
      for (const at of arrivals.get(id)!) samples.push(at - t0);
    }
    return { members: members.length, creates: words.length, samples };
  } finally {
    for (const member of members) member.destroy();
  }
}

/** Inserts `count` group annotations on a document (rows only) and times paged listing. */
export async function measureListing(options: { documentId: string; actor: Actor; count: number; runs: number }): Promise<ListingResult> {
  const plainText = plainTextOf((await readStoredPaper(options.documentId)).toJSON());
  const authorId = options.actor.kind === "user" ? options.actor.userId : null;
  const rows = Array.from({ length: options.count }, (_, i) => {
    const start = (i * 37) % Math.max(1, plainText.length - 40);
    return {
      id: randomBytes(12).toString("hex"),
      documentId: options.documentId,
      authorId,
      kind: (["comment", "question", "claim"] as const)[i % 3],
      body: `Bench annotation ${i}`,
      tags: i % 5 === 0 ? ["bench"] : [],
      quote: plainText.slice(start, start + 30),
      prefix: plainText.slice(Math.max(0, start - 32), start),
      suffix: plainText.slice(start + 30, start + 62),
      start,
      end: start + 30,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await db().annotation.createMany({ data: rows.slice(i, i + 1000) });

  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  await listAnnotations(options.actor, options.documentId, { limit: 100 });
  const firstPage: number[] = [];
  const deepPages: number[] = [];
  const filtered: number[] = [];
  const cursors: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 30; page++) {
    const result = await listAnnotations(options.actor, options.documentId, { limit: 100, cursor });
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    cursors.push(cursor);
  }
  for (let i = 0; i < options.runs; i++) {
    firstPage.push(await time(() => listAnnotations(options.actor, options.documentId, { limit: 100 })));
    deepPages.push(await time(() => listAnnotations(options.actor, options.documentId, { limit: 100, cursor: cursors[i % cursors.length] })));
    filtered.push(await time(() => listAnnotations(options.actor, options.documentId, { limit: 100, kind: "question", tag: "bench" })));
  }
  return { annotations: options.count, firstPage: summarise(firstPage), deepPages: summarise(deepPages), filtered: summarise(filtered) };
}
