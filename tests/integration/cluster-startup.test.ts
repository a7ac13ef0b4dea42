import { spawn } from "node:child_process";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { withStartupLock } from "@/lib/runtime/startup-lock";

const TSX = path.resolve("node_modules/.bin/tsx");

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function cli(databaseUrl: string, ...args: string[]) {
  const child = spawn(TSX, ["cli/index.ts", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

describe("instances starting together on one database", () => {
  const fresh = `dsp_fresh_${randomUUID().slice(0, 8)}`;
  afterAll(async () => {
    await admin((client) => client.query(`drop database if exists ${fresh} with (force)`));
  });

  it("take turns: the second waits for the first's migrations instead of failing with P1002", async () => {
    await admin((client) => client.query(`create database ${fresh}`));
    const url = serverUrl(fresh);
    const [first, second] = await Promise.all([cli(url, "migrate"), cli(url, "migrate")]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    const outputs = [first.output, second.output];
    // One applied the migrations, the other waited and then found nothing left to do.
    expect(outputs.filter((output) => output.includes("waiting for it to finish")).length).toBe(1);
    expect(outputs.some((output) => output.includes("No pending migrations"))).toBe(true);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const applied = (await db.query("select count(*)::int as n from _prisma_migrations where finished_at is not null")).rows[0].n as number;
    await db.end();
    expect(applied).toBeGreaterThan(0);
  }, 120_000);

  it("runs the work of concurrent callers one after the other, and releases the lock when work fails", async () => {
    const url = process.env.DATABASE_URL!;
    const events: string[] = [];
    let releaseFirst: () => void = () => {};
    const first = withStartupLock(url, () => {}, async () => {
      events.push("first:start");
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      events.push("first:end");
    });
    // Wait until the first holds the lock before starting the second.
    while (!events.includes("first:start")) await new Promise((resolve) => setTimeout(resolve, 10));
    const logs: string[] = [];
    const second = withStartupLock(url, (line) => logs.push(line), async () => {
      events.push("second:start");
      throw new Error("seed failed");
    });
    while (logs.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const secondOutcome = second.then(() => null, (error: Error) => error.message);
    releaseFirst();
    await first;
    expect(await secondOutcome).toBe("seed failed");
    expect(events).toEqual(["first:start", "first:end", "second:start"]);
    // A failed holder left no lock behind.
    await withStartupLock(url, () => {}, async () => events.push("third"));
    expect(events.at(-1)).toBe("third");
  });
});
