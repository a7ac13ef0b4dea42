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
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
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

/** Applies pending migrations; returns the CLI's summary line. */
export async function applyMigrations(databaseUrl: string): Promise<string> {
  const { stdout } = await prisma(["migrate", "deploy"], databaseUrl);
  const summary = stdout.split("\n").map((l) => l.trim()).filter(Boolean);
  return summary[summary.length - 1] ?? "migrations applied";
}
