import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import { createUser } from "../support/factories";

const run = promisify(execFile);

/** Runs the admin CLI as an operator would (`tsx cli/index.ts …`) on the test database. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["cli/index.ts", ...args], { env: process.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("CLI token:create", () => {
  afterAll(disconnectDb);

  it("prints what it did and the token alone on its last line; the token authenticates", async () => {
    const user = await createUser({ name: "Cli Token" });
    const { code, stdout, stderr } = await cli("token:create", "--email", user.email.toUpperCase(), "--name", "backup script");
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toContain(`Created API token "backup script"`);
    expect(lines[0]).toContain(user.email);
    const secret = lines.at(-1)!;
    expect(secret).toMatch(/^dsp_[A-Za-z0-9_-]+$/);
    expect(await authenticateApiToken(secret)).toMatchObject({ userId: user.id, via: "token" });
    expect(await db().apiToken.count({ where: { userId: user.id, name: "backup script" } })).toBe(1);
  });

  it("names the token \"CLI token\" by default", async () => {
    const user = await createUser();
    expect((await cli("token:create", "--email", user.email)).code).toBe(0);
    expect(await db().apiToken.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ name: "CLI token" });
  });

  it("refuses an unknown or missing email with a clear message and a non-zero exit", async () => {
    const unknown = await cli("token:create", "--email", "nobody-here@test.example");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Error: No user with email nobody-here@test\.example\./);
    expect(unknown.stdout).not.toMatch(/dsp_/);
    const missing = await cli("token:create");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--email/);
  });
});
