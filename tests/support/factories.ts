import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { db } from "@/lib/db";
import { SYSTEM } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { GroupRole } from "@/lib/auth/policy";
import { ensureGroup, setMembership } from "@/lib/groups";
import { importDocument } from "@/lib/documents/import-document";

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: Promise<string> | undefined;

export async function createUser(overrides: { name?: string; email?: string } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID().slice(0, 8);
  return db().user.create({
    data: { email: overrides.email ?? `user-${id}@test.example`, name: overrides.name ?? `User ${id}`, color: "#1d4ed8", passwordHash: await cachedHash },
  });
}

export async function createGroup() {
  const slug = `g-${randomUUID().slice(0, 8)}`;
  return ensureGroup(slug, `Group ${slug}`);
}

export async function addMember(groupId: string, userId: string, role: GroupRole) {
  return setMembership(groupId, userId, role);
}

export async function makeAuthor(documentId: string, userId: string) {
  return db().documentRole.create({ data: { documentId, userId, role: "author" } });
}

/** Imports a small paper (or the sample) into a group through the real import use case. */
export async function importPaper(groupId: string, text = "Introduction\n\nA first paragraph about trust.\n\nIs this a question?\n", title = "Test paper") {
  return importDocument(SYSTEM, { bytes: new TextEncoder().encode(text), filename: "paper.txt", title, groupId, format: "text" });
}

export function samplePaperBytes() {
  return fs.readFileSync("content/papers/social-credit-system.txt");
}
