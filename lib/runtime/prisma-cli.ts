import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = process.cwd();
const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");

// The CLI needs a well-formed URL even for `generate`, or it tries to download engines.
const PLACEHOLDER_URL = "postgresql://placeholder:placeholder@localhost:1/placeholder";

async function prisma(args: string[], databaseUrl: string) {
  try {
    return await run(process.execPath, [prismaBin, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma ${args[0]} failed:\n${output.stderr || output.stdout || String(error)}`);
  }
}

/** Generates the Prisma client when it is missing or older than the schema. */
export async function ensurePrismaClient(): Promise<boolean> {
  const schema = fs.readFileSync(path.join(root, "prisma", "schema.prisma"));
  const digest = createHash("sha256").update(schema).digest("hex");
  const stamp = path.join(root, "generated", "prisma", ".schema-hash");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) return false;
  await prisma(["generate"], PLACEHOLDER_URL);
  fs.writeFileSync(stamp, digest);
  return true;
}

/**
 * Migrations in prisma/migrations not yet recorded as applied. Checked with one query because
 * `prisma migrate deploy` always takes ~10 s here: its WebAssembly schema engine leaves a
 * 10-second timer that keeps the process alive after the work is done.
 */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const available = fs
    .readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("select to_regclass('public._prisma_migrations') as name");
    if (!table.rows[0].name) return available;
    const applied = await client.query("select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null");
    const done = new Set(applied.rows.map((row) => row.migration_name as string));
    return available.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; returns a one-line summary. */
export async function applyMigrations(databaseUrl: string): Promise<string> {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) return "No pending migrations to apply.";
  const { stdout } = await prisma(["migrate", "deploy"], databaseUrl);
  const summary = stdout.split("\n").map((l) => l.trim()).filter(Boolean);
  return summary[summary.length - 1] ?? "migrations applied";
}
