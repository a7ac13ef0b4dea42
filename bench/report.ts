/**
 * The feedback report (issue 6): server render of /documents/:id/report for a paper with 2,000
 * annotations (marks in the live document) and 500 arguments, against GET /api/health in the
 * same run; and a 10,000-annotation CSV export over HTTP: its time and the server's peak RSS
 * growth while it streams (the process tree, sampled from /proc). Production build, loopback.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/create-api-token";
import { createAnnotation } from "@/lib/annotations";
import { registerCollabServer } from "@/lib/collab/registry";
import type { CollabServer } from "@/lib/collab/collab-server";
import { changePhase, createArgument, proposeQuestion, rateArgument } from "@/lib/debates";
import { freePort } from "@/lib/runtime/embedded-postgres";
import { summarise, type Summary } from "./stats";

export interface ReportBenchResult {
  annotations: number;
  arguments: number;
  page: Summary;
  health: Summary;
  pageBytes: number;
  csv: { rows: number; ms: number; bytes: number; rssBeforeMiB: number; rssPeakMiB: number };
}

/** Resident memory (KiB) of a process and all its descendants, from /proc (Linux only). */
function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function serve(databaseUrl: string) {
  const port = await freePort();
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` }, stdio: "ignore" });
  const base = `http://localhost:${port}`;
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}).`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))));
  return { base, pid: child.pid!, stop };
}

async function timed(url: string, token: string, runs: number) {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    bytes = body.byteLength;
  }
  return { samples, bytes };
}

/** 2,000 annotations through the use case (marks written), a third of them claims with stances; 500 arguments, rated. */
async function seedLargeSeminar(documentId: string, people: UserActor[], collab: CollabServer, counts: { annotations: number; arguments: number }) {
  registerCollabServer(collab);
  const { plainText } = await db().document.findUniqueOrThrow({ where: { id: documentId }, select: { plainText: true } });
  const words = [...plainText.matchAll(/[A-Za-z]{5,}/g)];
  let next = 0;
  const claims: string[] = [];
  const worker = async () => {
    while (next < counts.annotations) {
      const i = next++;
      const word = words[(i * 7) % words.length];
      const kind = i % 3 === 0 ? "claim" : i % 3 === 1 ? "comment" : "question";
      const created = await createAnnotation(people[i % people.length], documentId, { kind, body: `Bench ${i}`, tags: [], visibility: "group", anchor: { start: word.index!, end: word.index! + word[0].length, quote: word[0] } });
      if (kind === "claim") claims.push(created.id);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const { setStance } = await import("@/lib/claims");
  for (const [i, id] of claims.entries()) await setStance(people[i % people.length], id, { value: i % 2 ? "supported" : "contested", reason: "Bench." });
  const question = await proposeQuestion(people[0], documentId, { text: "Is the bench debate balanced?" });
  await changePhase(people[people.length - 1], question.id, { action: "open" });
  const ids: string[] = [];
  for (let i = 0; i < counts.arguments; i++) {
    const parentId = i < 20 ? null : ids[(i * 13) % ids.length];
    const arg = await createArgument(people[i % people.length], question.id, { parentId, stance: i % 2 ? "con" : "pro", body: `Bench argument ${i} with a few words to wrap in the map.` });
    ids.push(arg.id);
    if (i % 2 === 0) await rateArgument(people[(i + 1) % people.length], arg.id, { value: i % 5 });
  }
}

export async function measureReport(options: { databaseUrl: string; groupId: string; documentId: string; bulkDocumentId: string; people: UserActor[]; collab: CollabServer; runs: number; warmup: number; log: (line: string) => void }): Promise<ReportBenchResult> {
  const counts = { annotations: 2_000, arguments: 500 };
  options.log(`report: seeding ${counts.annotations} annotations and ${counts.arguments} arguments through the use cases`);
  await seedLargeSeminar(options.documentId, options.people, options.collab, counts);
  const quote = await db().document.findUniqueOrThrow({ where: { id: options.bulkDocumentId }, select: { plainText: true } });
  const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `bench${String(i).padStart(8, "0")}`, documentId: options.bulkDocumentId, authorId: options.people[0].userId, kind: "claim" as const, body: `Bulk claim ${i}, "quoted", with commas`, tags: [], quote: quote.plainText.slice(0, 40), prefix: "", suffix: "", start: 0, end: 40 }));
  for (let i = 0; i < rows.length; i += 2_000) await db().annotation.createMany({ data: rows.slice(i, i + 2_000) });
  // The moderator reads the report (people[last] is the group's moderator).
  const moderator = options.people[options.people.length - 1];
  const { secret } = await createApiToken({ ...moderator, via: "session" }, moderator.userId, "bench");

  const app = await serve(options.databaseUrl);
  try {
    const pageUrl = `${app.base}/documents/${options.documentId}/report`;
    await timed(pageUrl, secret, options.warmup);
    await timed(`${app.base}/api/health`, secret, options.warmup);
    const page = await timed(pageUrl, secret, options.runs);
    const health = await timed(`${app.base}/api/health`, secret, options.runs);
    options.log(`report page: p50 ${summarise(page.samples).p50.toFixed(1)} ms`);

    const rssBefore = treeRssKiB(app.pid);
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssKiB(app.pid))), 25);
    const started = performance.now();
    const response = await fetch(`${app.base}/api/documents/${options.bulkDocumentId}/report/export?format=csv`, { headers: { authorization: `Bearer ${secret}` } });
    const csv = await response.text();
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, treeRssKiB(app.pid));
    if (!response.ok) throw new Error(`CSV export answered ${response.status}`);
    return {
      ...counts,
      page: summarise(page.samples),
      health: summarise(health.samples),
      pageBytes: page.bytes,
      csv: { rows: Number(response.headers.get("x-total-items")), ms: elapsed, bytes: csv.length, rssBeforeMiB: rssBefore / 1024, rssPeakMiB: peak / 1024 },
    };
  } finally {
    await app.stop();
  }
}

const f = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : "n/a");

/** The report's section of BENCHMARKS.md. */
export function renderReportBench(r: ReportBenchResult): string {
  return `
## Feedback report (production build, warm)

\`GET /documents/<paper>/report\` with ${r.annotations.toLocaleString("en")} annotations (marks in the live document; a third of them
claims with stances) and ${r.arguments} rated arguments in one debate, signed in as a moderator with an API token,
${r.page.count} sequential requests after warm-up, timed by the client on loopback (${(r.pageBytes / 1024).toFixed(0)} KB of HTML with
the SVG pictures inline). Baseline in the same run: \`GET /api/health\`. Target: under 1 s.

| request | p50 (ms) | p95 (ms) | max (ms) |
| --- | ---: | ---: | ---: |
| report page | ${f(r.page.p50)} | ${f(r.page.p95)} | ${f(r.page.max)} |
| /api/health (baseline) | ${f(r.health.p50)} | ${f(r.health.p95)} | ${f(r.health.max)} |

CSV export of a document with 10,000 claims (\`GET …/report/export?format=csv\`, streamed in batches of 500):
${r.csv.rows.toLocaleString("en")} rows, ${(r.csv.bytes / 1024 / 1024).toFixed(1)} MB in ${f(r.csv.ms)} ms; the server's resident memory
(process tree) went from ${r.csv.rssBeforeMiB.toFixed(0)} MiB to a peak of ${r.csv.rssPeakMiB.toFixed(0)} MiB (+${(r.csv.rssPeakMiB - r.csv.rssBeforeMiB).toFixed(0)} MiB) while it streamed.
`;
}
