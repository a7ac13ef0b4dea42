/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo seed, build when the
 * sources changed, then the server. Ctrl-C / SIGTERM: stop taking connections, store every
 * pending update, close the database pool, and only then stop the embedded PostgreSQL.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { ConfigError } from "@/lib/config/database-url";
import { ensureAuthSecret } from "@/lib/runtime/app-secret";
import { buildIsCurrent, recordBuild } from "@/lib/runtime/build-stamp";
import { applyMigrations, ensurePrismaClient } from "@/lib/runtime/prisma-cli";
import { DATA_DIR, resolveDatabase } from "@/lib/runtime/resolve-database";
import { withStartupLock } from "@/lib/runtime/startup-lock";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[disputatio] ${line}`);
const started = Date.now();

async function nextBuild() {
  log("Building the app (first start or sources changed)…");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit", env: process.env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`))));
  });
  recordBuild();
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1"; // no telemetry calls from an offline machine
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number (got "${process.env.PORT}").`);
  ensureAuthSecret(DATA_DIR);
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  if (await ensurePrismaClient()) log("Generated the Prisma client.");
  const { embedded } = await resolveDatabase(log, { adoptRunning: true });
  let shuttingDown = false;
  const stopDatabase = async () => embedded?.ownedByUs && embedded.stop();
  // Until the server runs, a signal only has the database to stop.
  const earlyStop = () => void stopDatabase().finally(() => process.exit(130));
  process.once("SIGINT", earlyStop);
  process.once("SIGTERM", earlyStop);

  const { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("@/lib/runtime/seed-demo");
  // Instances started together (a rolling deploy, `docker compose up --scale app=3`) take turns here.
  const seeded = await withStartupLock(process.env.DATABASE_URL!, log, async () => {
    log(await applyMigrations(process.env.DATABASE_URL!));
    return seedDemo();
  });
  log(seeded.createdPaper ? "Seeded the demo group and the sample paper." : "Demo data already present.");

  if (!dev && !buildIsCurrent()) await nextBuild();
  const { startServer } = await import("../server");
  const server = await startServer({ port, dev, log });
  process.removeListener("SIGINT", earlyStop);
  process.removeListener("SIGTERM", earlyStop);

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: storing pending edits and stopping…`);
    const { disconnectDb } = await import("@/lib/db");
    try {
      await server.close();
      await disconnectDb();
    } finally {
      await stopDatabase();
      log("Stopped cleanly.");
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${server.url}`);
  log(`Sample paper: ${server.url}/documents/${seeded.documentId}`);
  log(`Sign in with any demo account, password "${DEMO_PASSWORD}":`);
  for (const account of DEMO_ACCOUNTS) log(`  ${account.email.padEnd(22)} ${account.authorOfSample ? "author of the sample paper" : account.role}`);
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`[disputatio] ${error.message}`);
  else console.error("[disputatio] Could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
