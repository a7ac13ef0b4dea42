import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { db, disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { listDocuments } from "@/lib/documents";
import { addMember, createGroup, createUser } from "../support/factories";

/**
 * Authorization must not cost a query per row: listing 1,000 documents for a member filters in
 * the query (visibleTo), so each page is one query whatever the page holds.
 */
describe("query counts", () => {
  let queries = 0;
  let member: Actor;
  let stranger: Actor;
  const holder = globalThis as unknown as { __disputatioDb?: unknown };

  beforeAll(async () => {
    const group = await createGroup();
    const [user, other] = await Promise.all([createUser(), createUser()]);
    await addMember(group.id, user.id, "viewer");
    member = { kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" };
    stranger = { kind: "user", userId: other.id, name: other.name, color: "#000", via: "session" };
    await db().document.createMany({
      data: Array.from({ length: 1000 }, (_, i) => ({ groupId: group.id, title: `Paper ${i}`, format: "text", sourceText: "x", plainText: "x", headings: [], citations: [] })),
    });
    // The use cases go through db(); swap in a client that counts the SQL it sends.
    await disconnectDb();
    const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
    counting.$on("query", () => queries++);
    holder.__disputatioDb = counting;
  });
  afterAll(disconnectDb);

  it("lists 1,000 documents page by page with one query per page", async () => {
    queries = 0;
    let pages = 0;
    let seen = 0;
    let cursor: string | undefined;
    do {
      const page = await listDocuments(member, cursor);
      pages++;
      seen += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toBeGreaterThanOrEqual(1000);
    expect(queries).toBe(pages);
  });

  it("a non-member's list is empty, in one query", async () => {
    queries = 0;
    const page = await listDocuments(stranger);
    expect(page.items.filter((d) => d.title.startsWith("Paper "))).toHaveLength(0);
    expect(queries).toBe(1);
  });
});
