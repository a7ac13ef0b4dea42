/**
 * `npm run bench`: live edit propagation (1 author → 50 readers, with a 1-reader baseline in
 * the same run) and paper import, on a fresh database, loopback only. Prints a markdown report
 * and writes it to BENCHMARKS.md. Never part of `npm test`.
 *
 * Database: an embedded PostgreSQL in .data/bench-pg, or the server of BENCH_DATABASE_URL
 * (a URL naming any existing database there); either way a database `disputatio_bench` is
 * dropped and created fresh on that server.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import pg from "pg";
import { disconnectDb } from "@/lib/db";
import { createCollabToken } from "@/lib/auth/collab-token";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { startCollabHarness } from "@/tests/support/collab-harness";
import { addMember, createGroup, createUser, importPaper, makeAuthor } from "@/tests/support/factories";
import { prepareTestDatabase } from "@/tests/support/test-database";
import { measureEditPropagation, type PropagationResult } from "./edit-propagation";
import { measureImport, SAMPLE_PAPER, type ImportResult } from "./import-paper";
import { measureReadingPage, type ReadingPageResult } from "./reading-page";
import { measureAuth, type AuthResult } from "./auth";
import { measureCreateToVisible, measureListing, type CreateToVisibleResult, type ListingResult } from "./annotations";
import { measureDebatePost, renderDebatePost } from "./debates-post";
import { TEST_PASSWORD } from "@/tests/support/factories";
import { median, ms, summarise } from "./stats";
import { spawnSync } from "node:child_process";
import { buildIsCurrent } from "@/lib/runtime/build-stamp";

const COMMAND = "npm run bench";
const READERS = 50;
const EDITS = 200;
const SPACING_MS = 20;
const WARMUP_EDITS = 20;
const IMPORT_RUNS = 20;
const IMPORT_STORE_RUNS = 5;
const PAGE_RUNS = 50;
const PAGE_WARMUP = 10;
const STARTS = 3;
// The debate, report and export sections seed thousands of rows: the whole run takes several minutes.
const BUDGET_MS = 1_800_000;

const log = (line: string) => console.error(`[bench] ${line}`);

/** True when something accepts TCP connections at the Redis address. */
async function redisAnswers(url: string): Promise<boolean> {
  const net = await import("node:net");
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`[bench] gave up: the run exceeded its ${BUDGET_MS / 1000} s budget.`);
    process.exit(1);
  }, BUDGET_MS);
  watchdog.unref();
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0];
  // Collaboration tokens are signed in this process and checked by the in-process server.
  process.env.NEXTAUTH_SECRET ??= randomBytes(24).toString("base64url");

  let postgres: EmbeddedPostgres | null = null;
  let serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    log("starting embedded PostgreSQL in .data/bench-pg");
    postgres = await startEmbeddedPostgres({ dataDir: ".data/bench-pg" });
    serverUrl = postgres.url;
  }
  // prepareTestDatabase creates its database on TEST_DATABASE_URL's server.
  process.env.TEST_DATABASE_URL = serverUrl;
  const { url } = await prepareTestDatabase("disputatio_bench");
  process.env.DATABASE_URL = url;
  const harness = await startCollabHarness();

  try {
    const postgresVersion = await serverVersion(url);
    const group = await createGroup();
    const author = await createUser({ name: "Bench author" });
    await addMember(group.id, author.id, "participant");
    const readers = [];
    for (let i = 0; i < READERS; i++) {
      const reader = await createUser({ name: `Bench reader ${i}` });
      await addMember(group.id, reader.id, "participant");
      readers.push(reader);
    }
    const authorToken = createCollabToken(author.id);
    const readerTokens = readers.map((r) => createCollabToken(r.id));
    const sample = fs.readFileSync(SAMPLE_PAPER, "utf8");

    log(`import: ${IMPORT_RUNS} parses, ${IMPORT_STORE_RUNS} stored imports of ${SAMPLE_PAPER}`);
    const imported = await measureImport({ groupId: group.id, runs: IMPORT_RUNS, storeRuns: IMPORT_STORE_RUNS });

    const propagation: PropagationResult[] = [];
    for (const receivers of [1, READERS]) {
      // A fresh copy of the sample paper for each run, so neither inherits the other's log.
      const document = await importPaper(group.id, sample, `Bench paper (${receivers} readers)`);
      await makeAuthor(document.id, author.id);
      log(`edit propagation: ${EDITS} edits, ${SPACING_MS} ms apart, to ${receivers} reader(s)`);
      propagation.push(
        await measureEditPropagation({ port: harness.port, documentId: document.id, authorToken, readerTokens: readerTokens.slice(0, receivers), edits: EDITS, spacingMs: SPACING_MS, warmupEdits: WARMUP_EDITS }),
      );
    }

    log("annotations: create-to-visible for 1 and 50 members, then listing 10,000");
    const annotationPaper = await importPaper(group.id, sample, "Bench paper (annotations)");
    const authorActor = { kind: "user" as const, userId: author.id, name: author.name, color: author.color, via: "session" as const };
    const createToVisible: CreateToVisibleResult[] = [];
    for (const members of [1, READERS]) {
      createToVisible.push(await measureCreateToVisible({ port: harness.port, collab: harness.collab, documentId: annotationPaper.id, actor: authorActor, memberTokens: readerTokens.slice(0, members), creates: 40 }));
    }
    const listing = await measureListing({ documentId: (await importPaper(group.id, sample, "Bench paper (10k annotations)")).id, actor: authorActor, count: 10_000, runs: 40 });

    log("debates: an argument posted by one member, visible for 1 and 50 members");
    const readerActors = readers.map((r) => ({ kind: "user" as const, userId: r.id, name: r.name, color: r.color, via: "session" as const }));
    const debateSection = renderDebatePost([
      await measureDebatePost({ port: harness.port, collab: harness.collab, groupId: group.id, members: readerActors.slice(0, 1), posts: 40 }),
      await measureDebatePost({ port: harness.port, collab: harness.collab, groupId: group.id, members: readerActors, posts: 40 }),
    ]);

    const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
    let crossInstanceSection = `\n## Several instances\n\nNot measured: no Redis answered at ${redisUrl} (set BENCH_REDIS_URL).\n`;
    if (await redisAnswers(redisUrl)) {
      log(`several instances: A and B on ${redisUrl}, ${READERS} readers`);
      const { measureCrossInstance, renderCrossInstance } = await import("./cross-instance");
      crossInstanceSection = renderCrossInstance(
        await measureCrossInstance({ redisUrl, groupId: group.id, sample, author: { id: author.id, token: authorToken, actor: { kind: "user", userId: author.id, name: author.name, color: author.color, via: "session" } }, readerTokens, edits: EDITS, spacingMs: SPACING_MS, warmupEdits: WARMUP_EDITS, creates: 40 }),
        COMMAND,
      );
    }

    log("auth: token authentication and sign-in (argon2id)");
    const auth = await measureAuth({ userId: author.id, email: author.email, password: TEST_PASSWORD, runs: 200, signInRuns: 20 });

    if (!buildIsCurrent()) {
      log("building the app first (the reading-page figures need the production build)");
      const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
      if (build.status !== 0) throw new Error("npm run build failed");
    }
    log(`reading page: ${STARTS} starts of npm start, ${PAGE_RUNS} warm requests`);
    const readingPage = await measureReadingPage({ databaseUrl: url, runs: PAGE_RUNS, warmup: PAGE_WARMUP, starts: STARTS, annotations: 2_000, log });

    const report = renderReport({ loadAtStart, startedAt, postgresVersion, embedded: postgres !== null, propagation, imported, readingPage, auth, createToVisible, listing, seconds: (Date.now() - startedAt.getTime()) / 1000 }) + debateSection + crossInstanceSection;
    console.log(report);
    fs.writeFileSync("BENCHMARKS.md", report);
    log("wrote BENCHMARKS.md");

    // Feedback report (issue 6): page render with 2,000 annotations and 500 arguments, 10,000-row CSV export.
    {
      const { measureReport, renderReportBench } = await import("./report");
      const moderator = await createUser({ name: "Bench moderator" });
      await addMember(group.id, moderator.id, "moderator");
      const people = [author, ...readers.slice(0, 3), moderator].map((u) => ({ kind: "user" as const, userId: u.id, name: u.name, color: u.color, via: "session" as const }));
      const documentId = (await importPaper(group.id, sample, "Bench paper (report)")).id;
      const bulkDocumentId = (await importPaper(group.id, sample, "Bench paper (report export)")).id;
      const section = renderReportBench(await measureReport({ databaseUrl: url, groupId: group.id, documentId, bulkDocumentId, people, collab: harness.collab, runs: PAGE_RUNS, warmup: PAGE_WARMUP, log }));
      console.log(section);
      fs.appendFileSync("BENCHMARKS.md", section);
    }
    {
      // Debates: a 2,000-argument debate's server render and map render (bench/debates-render.ts).
      const { measureDebatesRender, renderDebatesSection } = await import("./debates-render");
      const section = renderDebatesSection(await measureDebatesRender({ databaseUrl: url, log }));
      console.log(section);
      fs.appendFileSync("BENCHMARKS.md", section);
    }
  } finally {
    await harness.close();
    await disconnectDb();
    await postgres?.stop();
  }
}

/** "slowest", "2nd slowest", "3rd slowest", … */
function slowest(rank: number) {
  if (rank <= 1) return "slowest";
  const suffix = rank % 10 === 2 && rank % 100 !== 12 ? "nd" : rank % 10 === 3 && rank % 100 !== 13 ? "rd" : "th";
  return `${rank}${suffix} slowest`;
}

async function serverVersion(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("show server_version")).rows[0].server_version;
  } finally {
    await client.end();
  }
}

function renderReport(input: { loadAtStart: number; startedAt: Date; postgresVersion: string; embedded: boolean; propagation: PropagationResult[]; imported: ImportResult; readingPage: ReadingPageResult; auth: AuthResult; createToVisible: CreateToVisibleResult[]; listing: ListingResult; seconds: number }) {
  const [baseline, fanOut] = input.propagation;
  const b = summarise(baseline.samples);
  const f = summarise(fanOut.samples);
  const ratio = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}×` : "n/a");
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  const row = (label: string, r: PropagationResult, s: ReturnType<typeof summarise>) =>
    `| ${label} | ${r.edits} | ${s.count}${r.missing ? ` (${r.missing} missing)` : ""} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${ms(s.mean)} | ${ms(r.connectMs)} |`;

  return `# Benchmarks

Measured on ${input.startedAt.toISOString()} with \`${COMMAND}\` (bench/run.ts; ${input.seconds.toFixed(0)} s).

| machine | |
| --- | --- |
| CPUs (nproc) | ${os.availableParallelism()} × ${cpu} |
| memory | ${memoryGiB} GiB |
| kernel (\`uname -r\`) | ${os.release()} |
| Node | ${process.version} |
| PostgreSQL | ${input.postgresVersion} (${input.embedded ? "embedded-postgres, .data/bench-pg" : "BENCH_DATABASE_URL"}), loopback |
| load average (1 min) at start | ${input.loadAtStart.toFixed(2)} |

## Live edit propagation

One author types ${EDITS} insertions into the sample paper (${SAMPLE_PAPER}), ${SPACING_MS} ms apart,
after ${WARMUP_EDITS} unmeasured warm-up insertions. Latency is measured from the author's local change
to each reader's Y.Doc applying the update that carries it, for every (edit, reader) pair. The path
includes the server's append of the update to PostgreSQL before it applies and relays it. The baseline
(1 reader) and the 50-reader run are in the same process, each on a fresh copy of the paper.

| readers | edits | (edit, reader) pairs | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | mean (ms) | connect + first sync of all clients (ms) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row("1 (baseline)", baseline, b)}
${row(String(fanOut.receivers), fanOut, f)}
| ratio ${fanOut.receivers} / 1 | | | ${ratio(f.p50, b.p50)} | ${ratio(f.p95, b.p95)} | ${ratio(f.p99, b.p99)} | ${ratio(f.max, b.max)} | ${ratio(f.mean, b.mean)} | |

## Paper import (the sample paper, ${(input.imported.bytes / 1024).toFixed(1)} KB of plain text)

| step | runs | median (ms) |
| --- | ---: | ---: |
| \`importPaper\` (lib/documents/import: parse, abstract, citations, questions; in memory) | ${input.imported.parseRuns} | ${ms(input.imported.parseMedianMs)} |
| \`importDocument\` (the use case: parse + initial Yjs state + one PostgreSQL transaction) | ${input.imported.storeRuns} | ${ms(input.imported.storeMedianMs)} |

## Annotations

Create-to-visible: from the start of the \`createAnnotation\` use case (validate, store, write the
highlight's mark into the live document through a direct connection, push to the room) to each
connected member receiving the room push; ${input.createToVisible[0].creates} annotations one after another,
every (annotation, member) pair a sample, all clients in this process.

| members | pairs | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |
| --- | ---: | ---: | ---: | ---: | ---: |
${input.createToVisible.map((r) => { const s = summarise(r.samples); return `| ${r.members === 1 ? "1 (baseline)" : r.members} | ${s.count} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`; }).join("\n")}
| ratio ${input.createToVisible[1].members} / 1 | | ${ratio(summarise(input.createToVisible[1].samples).p50, summarise(input.createToVisible[0].samples).p50)} | ${ratio(summarise(input.createToVisible[1].samples).p95, summarise(input.createToVisible[0].samples).p95)} | ${ratio(summarise(input.createToVisible[1].samples).p99, summarise(input.createToVisible[0].samples).p99)} | |

Listing ${input.listing.annotations.toLocaleString("en")} annotations of one document through \`listAnnotations\` (the use case behind
\`GET /api/documents/:id/annotations\`: policy, visibility filter in the query, live positions, stance counts),
100 per page, warm, ${input.listing.firstPage.count} runs each:

| request | p50 (ms) | p95 (ms) | max (ms) |
| --- | ---: | ---: | ---: |
| first page | ${ms(input.listing.firstPage.p50)} | ${ms(input.listing.firstPage.p95)} | ${ms(input.listing.firstPage.max)} |
| deep pages (cursor up to page 30) | ${ms(input.listing.deepPages.p50)} | ${ms(input.listing.deepPages.p95)} | ${ms(input.listing.deepPages.max)} |
| filtered (kind + tag) | ${ms(input.listing.filtered.p50)} | ${ms(input.listing.filtered.p95)} | ${ms(input.listing.filtered.max)} |

## Authentication (in-process use cases, bench database)

| step | runs | p50 (ms) | p95 (ms) | max (ms) |
| --- | ---: | ---: | ---: | ---: |
| \`select 1\` through Prisma (baseline) | ${input.auth.baseline.count} | ${ms(input.auth.baseline.p50)} | ${ms(input.auth.baseline.p95)} | ${ms(input.auth.baseline.max)} |
| API token authentication (\`authenticateApiToken\`: one indexed lookup by SHA-256) | ${input.auth.tokenAuth.count} | ${ms(input.auth.tokenAuth.p50)} | ${ms(input.auth.tokenAuth.p95)} | ${ms(input.auth.tokenAuth.max)} |
| sign-in, right password (\`authenticateCredentials\`: lookup + argon2id verify, 19 MiB, t=2) | ${input.auth.signIn.count} | ${ms(input.auth.signIn.p50)} | ${ms(input.auth.signIn.p95)} | ${ms(input.auth.signIn.max)} |
| sign-in, unknown email (decoy argon2id verify, so timing does not reveal accounts) | ${input.auth.signInUnknownEmail.count} | ${ms(input.auth.signInUnknownEmail.p50)} | ${ms(input.auth.signInUnknownEmail.p95)} | ${ms(input.auth.signInUnknownEmail.max)} |

Token auth costs ${ratio(input.auth.tokenAuth.p50, input.auth.baseline.p50)} the baseline query at p50; a sign-in is dominated by argon2id by design.

## Reading page, server-rendered (production build, warm)

\`GET /documents/<sample paper>\` signed in as a reader, ${PAGE_RUNS} sequential requests after ${PAGE_WARMUP} warm-up
requests, timed by the client on loopback (full response body, ${(input.readingPage.pageBytes / 1024).toFixed(0)} KB of HTML). Baseline in
the same run: \`GET /api/health\` (one \`select 1\`).

| request | p50 (ms) | p95 (ms) | max (ms) |
| --- | ---: | ---: | ---: |
| reading page | ${ms(input.readingPage.page.p50)} | ${ms(input.readingPage.page.p95)} | ${ms(input.readingPage.page.max)} |
| reading page with ${input.readingPage.annotations.toLocaleString("en")} annotations (marks in the live document) | ${ms(input.readingPage.annotatedPage.p50)} | ${ms(input.readingPage.annotatedPage.p95)} | ${ms(input.readingPage.annotatedPage.max)} |
| /api/health (baseline) | ${ms(input.readingPage.health.p50)} | ${ms(input.readingPage.health.p95)} | ${ms(input.readingPage.health.max)} |
| ratio | ${ratio(input.readingPage.page.p50, input.readingPage.health.p50)} | ${ratio(input.readingPage.page.p95, input.readingPage.health.p95)} | |

## \`npm start\` to ready, already built

Time from spawning \`tsx scripts/start.ts\` (with \`DATABASE_URL\` set, migrations current, demo data
present) to its "Ready" line: ${input.readingPage.startToReady.map((t) => ms(t)).join(", ")} ms; median ${ms(median(input.readingPage.startToReady))} ms.
The embedded-PostgreSQL start is not included here (measured once by hand: see the issue note).

## How to read these figures

- Everything runs in one Node process: the collaboration server (Hocuspocus behind our \`ws\` server)
  and all ${fanOut.receivers + 1} @hocuspocus/provider clients, each with its own WebSocket, share one event loop and one
  core. The fan-out figures therefore include the readers' own decoding, serialised on that loop: they
  are an upper bound on what the server adds, not what a browser on its own machine sees.
- Loopback only: no network latency. PostgreSQL runs on the same machine.
- The update log is compacted after 200 rows, so one compaction runs during each measured run.
- The baseline has ${baseline.samples.length} samples: its p99 is its ${slowest(baseline.samples.length - Math.ceil(0.99 * baseline.samples.length) + 1)} edit and its max a single
  event, so its tail (and the tail ratios) move a lot between runs; p50 and p95 are the stable
  figures. Other processes on the machine (see the load average) also reach the tail. Compare runs
  on the same, quiet machine only.
`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
