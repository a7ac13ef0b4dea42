import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "@/lib/runtime/embedded-postgres";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface CollabProcess {
  child: ChildProcess;
  port: number;
  /** The process's resident memory now, in bytes (Linux /proc). */
  rss(): number;
  stop(): Promise<void>;
}

/** Starts tests/support/collab-server-process.ts on a free port and waits until it listens. */
export async function spawnCollabServer(): Promise<CollabProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/collab-server-process.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", () => /^READY \d+$/m.test(stdout) && resolve());
    void exited.then(() => reject(new Error(`The collab server process exited before it was ready:\n${stderr}`)));
  });
  return {
    child,
    port,
    rss() {
      const line = readFileSync(`/proc/${child.pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"))!;
      return Number(line.replace(/\D+/g, "")) * 1024;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
