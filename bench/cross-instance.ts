import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { createCollabServer } from "@/lib/collab/collab-server";
import { importPaper, makeAuthor } from "@/tests/support/factories";
import { measureCreateToVisible } from "./annotations";
import { measureEditPropagation } from "./edit-propagation";
import { ms, summarise } from "./stats";

/** An app instance's live side (our Hocuspocus) joined to the others through Redis. */
async function startInstance(redisUrl: string, redisPrefix: string) {
  const collab = createCollabServer({ log: () => {}, redisUrl, redisPrefix });
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    collab,
    async close() {
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Row {
  what: string;
  samples: number[];
  missing: number;
}

export interface CrossInstanceResult {
  readers: number;
  edits: number;
  creates: number;
  rows: Row[];
}

/**
 * Two instances A and B on one Redis. Same run, same paper kind: an author's edit on A seen by
 * readers on A (the baseline) and by readers on B; an annotation created through A's use
 * case pushed to members on A and to members on B (nobody has the paper open on A in the
 * second case, the case that used to be lost).
 */
export async function measureCrossInstance(options: {
  redisUrl: string;
  groupId: string;
  sample: string;
  author: { id: string; token: string; actor: Actor };
  readerTokens: string[];
  edits: number;
  spacingMs: number;
  warmupEdits: number;
  creates: number;
}): Promise<CrossInstanceResult> {
  const prefix = `dsp-bench-${randomUUID().slice(0, 8)}:`;
  const [a, b] = await Promise.all([startInstance(options.redisUrl, prefix), startInstance(options.redisUrl, prefix)]);
  try {
    const rows: Row[] = [];
    for (const [what, readerPort] of [[`edit on A → ${options.readerTokens.length} readers on A`, a.port], [`edit on A → ${options.readerTokens.length} readers on B`, b.port]] as const) {
      const document = await importPaper(options.groupId, options.sample, `Bench paper (${what})`);
      await makeAuthor(document.id, options.author.id);
      const result = await measureEditPropagation({ port: a.port, readerPort, documentId: document.id, authorToken: options.author.token, readerTokens: options.readerTokens, edits: options.edits, spacingMs: options.spacingMs, warmupEdits: options.warmupEdits });
      rows.push({ what, samples: result.samples, missing: result.missing });
    }
    for (const [what, memberPort] of [[`annotation via A → ${options.readerTokens.length} members on A`, a.port], [`annotation via A → ${options.readerTokens.length} members on B`, b.port]] as const) {
      const document = await importPaper(options.groupId, options.sample, `Bench paper (${what})`);
      const result = await measureCreateToVisible({ port: memberPort, collab: a.collab, documentId: document.id, actor: options.author.actor, memberTokens: options.readerTokens, creates: options.creates });
      rows.push({ what, samples: result.samples, missing: 0 });
    }
    return { readers: options.readerTokens.length, edits: options.edits, creates: options.creates, rows };
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

export function renderCrossInstance(result: CrossInstanceResult, command: string): string {
  const lines = result.rows.map((row) => {
    const s = summarise(row.samples);
    return `| ${row.what} | ${s.count} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${row.missing} |`;
  });
  const [editSame, editCross, pushSame, pushCross] = result.rows.map((row) => summarise(row.samples));
  return `
## Several instances (two instances on one Redis, \`${command}\`)

Two instances of the live server (our Hocuspocus with the Redis extension and the cluster bus) in
the bench process, on the machine's Redis. Edits: ${result.edits} insertions by an author connected to A;
annotations: ${result.creates} created through A's use case (A writes the mark and publishes the push).
Latency in ms, one sample per (event, receiver).

| case | samples | p50 | p95 | p99 | max | missing |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${lines.join("\n")}

Ratios, cross-instance / same-instance (same run): edits p50 ${(editCross.p50 / editSame.p50).toFixed(2)}×, p99 ${(editCross.p99 / editSame.p99).toFixed(2)}×;
annotation pushes p50 ${(pushCross.p50 / pushSame.p50).toFixed(2)}×, p99 ${(pushCross.p99 / pushSame.p99).toFixed(2)}×.
`;
}
