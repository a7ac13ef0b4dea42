import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { createGroup } from "../support/factories";

const TSX = path.resolve("node_modules/.bin/tsx");

function cli(...args: string[]) {
  const child = spawn(TSX, ["cli/index.ts", ...args], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("admin CLI", () => {
  let slug: string;
  let groupId: string;
  let dir: string;

  beforeAll(async () => {
    const group = await createGroup();
    slug = group.slug;
    groupId = group.id;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "disputatio-cli-"));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await disconnectDb();
  });

  const documentsInGroup = () => db().document.count({ where: { groupId } });

  it("imports the sample paper and reports what it did", async () => {
    const { code, stdout } = await cli("import", "content/papers/social-credit-system.txt", "--title", "Sample via CLI", "--group", slug);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Imported "Sample via CLI" into g-\w+ as \w+ \(10 candidate questions/);
    const document = await db().document.findFirstOrThrow({ where: { groupId, title: "Sample via CLI" }, include: { questions: true, snapshot: true } });
    expect(document.questions.length).toBe(10);
    expect(document.snapshot).not.toBeNull();
  });

  it("prints the import summary, and takes the file's name as the title when none is given", async () => {
    const file = path.join(dir, "A short paper.md");
    fs.writeFileSync(file, "## Introduction\n\nWhy would anyone read this? Because it is short.\n\n## Method\n\nWe wrote it.\n");
    const { code, stdout, stderr } = await cli("import", file, "--group", slug);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/Imported "A short paper" into/);
    expect(stdout).toMatch(/No title in the file\./);
    expect(stdout).toMatch(/2 sections: .*Introduction.* · .*Method/);
    expect(stdout).toMatch(/No abstract found\./);
    expect(stdout).toMatch(/Nothing was dropped\./);
    const document = await db().document.findFirstOrThrow({ where: { groupId, title: "A short paper" }, include: { original: true } });
    expect(document.original?.filename).toBe("A short paper.md");
    expect(document.original?.mimeType).toBe("text/markdown; charset=utf-8");
    expect(Buffer.from(document.original!.bytes).equals(fs.readFileSync(file))).toBe(true);
  });

  it.each([
    ["empty.txt", Buffer.alloc(0), /The file is empty/],
    ["binary.txt", Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x00]), /binary/i],
    ["big.txt", Buffer.alloc(5 * 1024 * 1024 + 10, "a"), /larger than 5 MB/],
    ["archive.zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x61, 0x62]), /ZIP archive, but not a Word/],
    ["scan.pdf", Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"), /.+/],
  ])("refuses %s with a clear message, a non-zero exit and no document", async (name, bytes, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const before = await documentsInGroup();
    const { code, stderr } = await cli("import", file, "--title", `Bad ${name}`, "--group", slug);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/^Error: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await documentsInGroup()).toBe(before);
  });

  it("refuses an empty title, a missing file and an unknown group", async () => {
    expect((await cli("import", "content/papers/social-credit-system.txt", "--title", " ", "--group", slug)).stderr).toMatch(/--title/);
    expect((await cli("import", path.join(dir, "nope.txt"), "--title", "x", "--group", slug)).stderr).toMatch(/No such file/);
    const unknown = await cli("import", "content/papers/social-credit-system.txt", "--title", "x", "--group", "no-such-group");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No group with slug "no-such-group"/);
  });

  it("adds a user to a group with a role, and refuses a duplicate", async () => {
    const email = `cli-${Date.now()}@test.example`;
    const added = await cli("user:add", "--email", email, "--password", "long enough password", "--name", "Cli User", "--group", slug, "--role", "moderator");
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`Created user ${email}`);
    const membership = await db().membership.findFirstOrThrow({ where: { groupId, user: { email } } });
    expect(membership.role).toBe("moderator");
    const again = await cli("user:add", "--email", email, "--password", "long enough password", "--name", "Cli User");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("migrates (a no-op on a current database) and explains unknown commands", async () => {
    const migrated = await cli("migrate");
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/No pending migrations|applied/);
    const unknown = await cli("frobnicate");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
  });
});
