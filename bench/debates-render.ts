/**
 * A debate of 2,000 arguments: (a) the debate page's server render (production build, warm,
 * GET over loopback with a Bearer token; HTML size too) against GET /api/health and the whole
 * listing (fetched by the page after hydration) in the same run; (b) the map's
 * render in Chromium, from switching to the Map tab until the SVG holds every node and a frame
 * has been painted. Seeded through the use cases (lib/debates), mixed depths.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/create-api-token";
import { changePhase, createArgument, proposeQuestion } from "@/lib/debates";
import { freePort } from "@/lib/runtime/embedded-postgres";
import { addMember, createGroup, createUser, importPaper, samplePaperBytes } from "@/tests/support/factories";
import { median, ms, summarise, type Summary } from "./stats";

export interface DebatesRenderResult {
  arguments: number;
  maxDepth: number;
  page: Summary;
  health: Summary;
  /** GET /api/questions/:id/arguments: the whole listing, which the page fetches after hydration. */
  listing: Summary;
  pageBytes: number;
  listingBytes: number;
  mapRuns: number[];
}

const actorOf = (user: { id: string; name: string; color: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: user.color, via: "session" });

/** A question with `count` arguments: a fifth at the top, the rest under a recent or an early argument. */
export async function seedDebate(count: number, log: (line: string) => void) {
  const group = await createGroup();
  const owner = await createUser({ name: "Bench moderator" });
  await addMember(group.id, owner.id, "owner");
  const members = [];
  for (let i = 0; i < 25; i++) {
    const member = await createUser({ name: `Bench debater ${i}` });
    await addMember(group.id, member.id, "participant");
    members.push(actorOf(member));
  }
  const document = await importPaper(group.id, new TextDecoder().decode(samplePaperBytes()), "Bench paper (debate)");
  const moderator = actorOf(owner);
  const question = await proposeQuestion(moderator, document.id, { text: "Will the Social Credit System lead the way to a dystopian future?" });
  await changePhase(moderator, question.id, { action: "approve" });
  await changePhase(moderator, question.id, { action: "open" });
  const ids: string[] = [];
  const depth = new Map<string, number>();
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const roll = random();
    const parentId = i < 10 || roll < 0.2 ? null : roll < 0.7 ? ids[ids.length - 1 - Math.floor(random() * Math.min(ids.length, 20))] : ids[Math.floor(random() * ids.length)];
    const body = `Argument ${i}: ${"the evidence from the local pilots points the other way ".repeat(1 + (i % 4))}`.slice(0, 900);
    const created = await createArgument(members[i % members.length], question.id, { parentId, stance: random() < 0.5 ? "pro" : "con", body });
    ids.push(created.id);
    depth.set(created.id, parentId ? depth.get(parentId)! + 1 : 1);
    if ((i + 1) % 500 === 0) log(`seeded ${i + 1} arguments`);
  }
  const { secret } = await createApiToken(moderator, owner.id, "bench");
  return { path: question.url, token: secret, maxDepth: Math.max(...depth.values()) };
}

export function startServer(databaseUrl: string, port: number) {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: "ignore",
  });
  return {
    async healthy() {
      for (let attempt = 0; attempt < 600; attempt++) {
        const ok = await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok, () => false);
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error("The app did not become healthy.");
    },
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))),
  };
}

export async function timed(url: string, token: string, runs: number) {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    bytes = (await response.arrayBuffer()).byteLength;
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
  }
  return { samples, bytes };
}

/** Opens the page in Chromium and times Map tab click → 2,000 nodes in the DOM → next painted frame. */
export async function mapRenders(url: string, token: string, runs: number, expected: number) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const results: number[] = [];
  try {
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${token}` }, viewport: { width: 1440, height: 900 } });
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      // Hydrated (effects ran and the room connected) and the whole listing loaded (the server
      // renders only the outline's first arguments) before the clock starts: the measure is the map.
      await page.locator(".connection-live").waitFor({ timeout: 60_000 });
      await page.locator('[role="tree"]:not([aria-busy="true"])').waitFor({ timeout: 60_000 });
      // A string, not a function: tsx would wrap inner functions in a helper the page lacks.
      const elapsed = (await page.evaluate(`new Promise((resolve) => {
        const started = performance.now();
        document.querySelector("#debate-tab-map").click();
        (function check() {
          if (document.querySelectorAll("[data-map-node]").length >= ${expected}) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
          else requestAnimationFrame(check);
        })();
      })`)) as number;
      results.push(elapsed);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

export async function measureDebatesRender(options: { databaseUrl: string; log: (line: string) => void; count?: number; runs?: number; mapRuns?: number }): Promise<DebatesRenderResult> {
  const count = options.count ?? 2_000;
  options.log(`debates: seeding a question with ${count} arguments through the use cases`);
  const seeded = await seedDebate(count, options.log);
  const port = await freePort();
  const server = startServer(options.databaseUrl, port);
  try {
    await server.healthy();
    const base = `http://localhost:${port}`;
    await timed(`${base}${seeded.path}`, seeded.token, 5);
    await timed(`${base}/api/health`, seeded.token, 5);
    const page = await timed(`${base}${seeded.path}`, seeded.token, options.runs ?? 30);
    const health = await timed(`${base}/api/health`, seeded.token, options.runs ?? 30);
    const listing = await timed(`${base}/api/questions/${seeded.path.split("/").at(-1)}/arguments`, seeded.token, options.runs ?? 30);
    const mapRuns = await mapRenders(`${base}${seeded.path}`, seeded.token, options.mapRuns ?? 5, count);
    options.log(`debate page: median ${median(page.samples).toFixed(1)} ms, ${(page.bytes / 1024).toFixed(0)} KB of HTML; full listing: median ${median(listing.samples).toFixed(1)} ms; map: median ${median(mapRuns).toFixed(0)} ms`);
    return { arguments: count, maxDepth: seeded.maxDepth, page: summarise(page.samples), health: summarise(health.samples), listing: summarise(listing.samples), pageBytes: page.bytes, listingBytes: listing.bytes, mapRuns };
  } finally {
    await server.stop();
  }
}

export function renderDebatesSection(result: DebatesRenderResult): string {
  const map = summarise(result.mapRuns);
  return `
## Debate of ${result.arguments.toLocaleString("en")} arguments (bench/debates-render.ts)

Seeded through the use cases (mixed depths, deepest ${result.maxDepth}). Server render: \`GET /documents/:id/debates/:questionId\`
(production build, warm, Bearer token, full body of ${(result.pageBytes / 1024).toFixed(0)} KB of HTML), ${result.page.count} sequential requests;
baseline \`GET /api/health\` in the same run. The page renders the outline's first arguments (lib/debates/list-first-arguments.ts)
and fetches the whole listing after hydration: \`GET /api/questions/:id/arguments\` (${(result.listingBytes / 1024).toFixed(0)} KB of JSON) is timed too.
Map: Chromium, on a hydrated page with the whole listing loaded, from clicking the Map tab until all
${result.arguments.toLocaleString("en")} nodes are in the SVG and the next frame is painted, ${map.count} page loads. Targets: page < 300 ms, map < 1 s.

| measure | p50 (ms) | p95 (ms) | max (ms) |
| --- | ---: | ---: | ---: |
| debate page, server render | ${ms(result.page.p50)} | ${ms(result.page.p95)} | ${ms(result.page.max)} |
| whole listing, \`GET /api/questions/:id/arguments\` | ${ms(result.listing.p50)} | ${ms(result.listing.p95)} | ${ms(result.listing.max)} |
| /api/health (baseline) | ${ms(result.health.p50)} | ${ms(result.health.p95)} | ${ms(result.health.max)} |
| map render in Chromium | ${ms(map.p50)} | ${ms(map.p95)} | ${ms(map.max)} |
`;
}
