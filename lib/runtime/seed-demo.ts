import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { SYSTEM } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { colorForEmail } from "@/lib/auth/user-colors";
import type { GroupRole } from "@/lib/auth/policy";
import { ensureGroup, setMembership } from "@/lib/groups";
import { importDocument } from "@/lib/documents/import-document";

export const DEMO_PASSWORD = "disputatio-demo";
export const SAMPLE_TITLE = "China’s Social Credit System: Origins, Misconceptions and Human Rights";
const SAMPLE_FILE = path.join("content", "papers", "social-credit-system.txt");

export const DEMO_ACCOUNTS: { email: string; name: string; role: GroupRole; authorOfSample?: boolean }[] = [
  { email: "owner@demo.test", name: "Olivia Owner", role: "owner" },
  { email: "author@demo.test", name: "Arthur Author", role: "participant", authorOfSample: true },
  { email: "moderator@demo.test", name: "Maya Moderator", role: "moderator" },
  { email: "reader@demo.test", name: "Rémi Reader", role: "participant" },
  { email: "viewer@demo.test", name: "Vera Viewer", role: "viewer" },
];

/**
 * Idempotent demo data: the `demo` group, its accounts (passwords are set only when an account
 * is created, never reset), and the sample paper imported once.
 */
export async function seedDemo(): Promise<{ documentId: string; createdPaper: boolean }> {
  const group = await ensureGroup("demo", "Demo seminar");
  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db().user.findUnique({ where: { email: account.email }, select: { id: true } });
    const user =
      existing ??
      (await db().user.create({
        data: { email: account.email, name: account.name, color: colorForEmail(account.email), passwordHash: await hashPassword(DEMO_PASSWORD) },
        select: { id: true },
      }));
    userIds.set(account.email, user.id);
    if (!existing) await setMembership(group.id, user.id, account.role);
  }

  let document = await db().document.findFirst({ where: { groupId: group.id, title: SAMPLE_TITLE }, select: { id: true } });
  const createdPaper = !document;
  if (!document) {
    const bytes = fs.readFileSync(SAMPLE_FILE);
    document = await importDocument(SYSTEM, { bytes, filename: SAMPLE_FILE, title: SAMPLE_TITLE, groupId: group.id, format: "text" });
  }
  for (const account of DEMO_ACCOUNTS.filter((a) => a.authorOfSample)) {
    const userId = userIds.get(account.email)!;
    await db().documentRole.upsert({
      where: { documentId_userId: { documentId: document.id, userId } },
      create: { documentId: document.id, userId, role: "author" },
      update: {},
    });
  }
  return { documentId: document.id, createdPaper };
}
