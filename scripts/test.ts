/**
 * `npm test`: unit and integration tests (vitest), then end-to-end tests (Playwright with the
 * system Chromium) against a real server. One fresh test database for the whole run, on
 * TEST_DATABASE_URL's server or an embedded PostgreSQL in .data/test-pg.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareTestDatabase } from "../tests/support/test-database";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const only = process.argv.slice(2);
  const { url, server } = await prepareTestDatabase(process.env.DISPUTATIO_TEST_DB_NAME ?? "disputatio_test");
  const env = { ...process.env, DISPUTATIO_TEST_DATABASE_URL: url, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-for-the-whole-run-0123456789" };
  let failed = false;
  try {
    const bin = (name: string) => path.join("node_modules", ".bin", name);
    // Every stage runs even when an earlier one failed, so one run reports everything.
    if (only.length === 0 || only.includes("vitest")) {
      if ((await run(bin("vitest"), ["run"], env)) !== 0) failed = true;
    }
    if (only.length === 0 || only.includes("e2e")) {
      if ((await run(bin("playwright"), ["test"], env)) !== 0) failed = true;
    }
  } finally {
    await server?.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
