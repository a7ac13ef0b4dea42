import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";

const TSX = path.resolve("node_modules/.bin/tsx");

function runStart(env: Record<string, string | undefined>, onLine?: (line: string, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(TSX, ["scripts/start.ts", "--dev"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const line of chunk.toString().split("\n")) if (line) onLine?.(line, child);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

function postgresRunningOn(dataDir: string) {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  it.each([
    ["not a url", "DATABASE_URL is not a valid URL"],
    ["postgresql://", "DATABASE_URL has no host name"],
    ["mysql://user:pw@localhost:3306/db", "DATABASE_URL must start with postgresql://"],
    ["postgresql://user:pw@localhost:5432", "DATABASE_URL names no database"],
  ])("reports a malformed DATABASE_URL (%s) in one sentence, without a stack trace", async (url, message) => {
    const { code, output } = await runStart({ DATABASE_URL: url });
    expect(code).toBe(1);
    expect(output).toContain(message);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("starts the embedded database, serves, and stops everything cleanly on Ctrl-C (SIGINT)", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "disputatio-start-"));
    fs.chmodSync(dataDir, 0o755);
    let ready = false;
    const { code, output } = await runStart({ DATABASE_URL: undefined, DISPUTATIO_DATA_DIR: dataDir, PORT: "0" }, (line, child) => {
      if (line.includes("Ready in")) {
        ready = true;
        expect(postgresRunningOn(dataDir)).toBe(true);
        child.kill("SIGINT");
      }
    });
    expect(ready, output).toBe(true);
    expect(code, output).toBe(0);
    expect(output).toContain("Stopped cleanly.");
    expect(postgresRunningOn(dataDir)).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it("adopts an embedded PostgreSQL left running (an app killed with SIGKILL) and stops it on Ctrl-C", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "disputatio-orphan-"));
    fs.chmodSync(dataDir, 0o755);
    // A server nobody will stop: what a SIGKILLed app leaves behind.
    await startEmbeddedPostgres({ dataDir });
    expect(postgresRunningOn(dataDir)).toBe(true);
    const { code, output } = await runStart({ DATABASE_URL: undefined, DISPUTATIO_DATA_DIR: dataDir, PORT: "0" }, (line, child) => {
      if (line.includes("Ready in")) child.kill("SIGINT");
    });
    expect(code, output).toBe(0);
    expect(output).toContain("Using the embedded PostgreSQL already running");
    expect(postgresRunningOn(dataDir)).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
});
