/**
 * Server-side render time of the reading page (warm), against GET /api/health as the
 * baseline in the same run, and `npm start` to ready when already built. Uses the production
 * build (`npm run build` first when it is stale) and the demo seed on the bench database.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildIsCurrent } from "@/lib/runtime/build-stamp";
import { freePort } from "@/lib/runtime/embedded-postgres";
import { summarise, median, type Summary } from "./stats";

export interface ReadingPageResult {
  page: Summary;
  /** The same page after 2,000 annotations (with their marks in the live document). */
  annotatedPage: Summary;
  annotations: number;
  health: Summary;
  pageBytes: number;
  startToReady: number[];
}

function startApp(databaseUrl: string, port: number) {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started = performance.now();
  const ready = new Promise<{ elapsed: number; documentPath: string }>((resolve, reject) => {
    let output = "";
    let documentPath = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const sample = output.match(/Sample paper: http:\/\/localhost:\d+(\/documents\/\w+)/);
      if (sample) documentPath = sample[1];
      if (output.includes("Ready in") && documentPath) resolve({ elapsed: performance.now() - started, documentPath });
    });
    child.on("exit", (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners("exit");
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { ready, stop };
}

/** Signs in through next-auth's credentials callback and returns the session cookie. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error("Sign-in for the benchmark failed.");
  return [csrfCookie, session.split(";")[0]].join("; ");
}

async function timeGet(url: string, cookie: string, runs: number): Promise<{ samples: number[]; bytes: number }> {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    bytes = body.length;
  }
  return { samples, bytes };
}

/** Creates `count` annotations through POST /api/documents/:id/annotations, 4 at a time. */
async function annotateThroughApi(base: string, cookie: string, documentId: string, count: number, log: (line: string) => void): Promise<number> {
  const detail = (await (await fetch(`${base}/api/documents/${documentId}`, { headers: { cookie } })).json()) as { plainText: string };
  const words = [...detail.plainText.matchAll(/[A-Za-z]{4,}/g)];
  let created = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const word = words[(next++ * 3) % words.length];
      const response = await fetch(`${base}/api/documents/${documentId}/annotations`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ kind: "comment", body: "bench", anchor: { start: word.index, end: word.index! + word[0].length, quote: word[0] } }),
      });
      if (response.status === 201) created++;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  log(`created ${created} annotations through the API`);
  return created;
}

export async function measureReadingPage(options: { databaseUrl: string; runs: number; warmup: number; starts: number; annotations: number; log: (line: string) => void }): Promise<ReadingPageResult> {
  if (!buildIsCurrent()) throw new Error("The production build is stale: run `npm run build` (or `npm start` once) before `npm run bench`.");
  const startToReady: number[] = [];
  let result: Omit<ReadingPageResult, "startToReady"> | null = null;
  for (let i = 0; i < options.starts; i++) {
    const port = await freePort();
    const app = startApp(options.databaseUrl, port);
    try {
      const { elapsed, documentPath } = await app.ready;
      startToReady.push(elapsed);
      options.log(`npm start ready in ${elapsed.toFixed(0)} ms (run ${i + 1}/${options.starts})`);
      if (result) continue;
      const base = `http://localhost:${port}`;
      const cookie = await signIn(base, "reader@demo.test", "disputatio-demo");
      await timeGet(`${base}${documentPath}`, cookie, options.warmup);
      await timeGet(`${base}/api/health`, cookie, options.warmup);
      const page = await timeGet(`${base}${documentPath}`, cookie, options.runs);
      const health = await timeGet(`${base}/api/health`, cookie, options.runs);
      const annotations = await annotateThroughApi(base, cookie, documentPath.split("/").pop()!, options.annotations, options.log);
      await timeGet(`${base}${documentPath}`, cookie, options.warmup);
      const annotated = await timeGet(`${base}${documentPath}`, cookie, options.runs);
      result = { page: summarise(page.samples), health: summarise(health.samples), pageBytes: page.bytes, annotatedPage: summarise(annotated.samples), annotations };
      options.log(`reading page: median ${median(page.samples).toFixed(1)} ms over ${options.runs} warm requests`);
    } finally {
      await app.stop();
    }
  }
  return { ...result!, startToReady };
}
