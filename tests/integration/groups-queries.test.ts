import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { getGroup, listAuditEvents, listMembers, listMyGroups } from "@/lib/groups";
import { createUser } from "../support/factories";
import { groupWith, newActor, type UserActor } from "../support/groups-helpers";
import { countQueries } from "../support/groups-query-counter";

/** Authorization and presentation must not cost a query per row: each page is a fixed number of queries. */
describe("group queries stay bounded", () => {
  let big: Awaited<ReturnType<typeof groupWith>>;
  let small: Awaited<ReturnType<typeof groupWith>>;
  let joiner: UserActor;
  let counter: Awaited<ReturnType<typeof countQueries>>;

  beforeAll(async () => {
    small = await groupWith(["viewer"]);
    big = await groupWith();
    const users = await Promise.all(Array.from({ length: 250 }, () => createUser()));
    await db().membership.createMany({ data: users.map((user, i) => ({ groupId: big.group.id, userId: user.id, role: i % 2 ? "viewer" : "participant" })) });
    await db().document.createMany({
      data: Array.from({ length: 150 }, (_, i) => ({ groupId: big.group.id, title: `Paper ${i}`, format: "text", sourceText: "x", plainText: "x", headings: [], citations: [] })),
    });
    await db().auditEvent.createMany({
      data: users.map((user) => ({ groupId: big.group.id, actorId: big.owner.userId, action: "member.role-changed", targetId: user.id, data: { from: "viewer", to: "participant" } })),
    });
    joiner = await newActor();
    const groups = await Promise.all(Array.from({ length: 120 }, () => db().group.create({ data: { slug: `q-${Math.random().toString(36).slice(2, 10)}`, name: "Many" } })));
    await db().membership.createMany({ data: groups.map((group) => ({ groupId: group.id, userId: joiner.userId, role: "viewer" as const })) });
    counter = await countQueries();
  });
  afterAll(disconnectDb);

  it("loads a group of 250 members and 150 papers in as many queries as a group of two", async () => {
    const forSmall = await counter.during(() => getGroup(small.owner, small.slug));
    const forBig = await counter.during(() => getGroup(big.owner, big.slug));
    expect(forBig).toBe(forSmall);
    // Access, members, count, papers, and each paper's authors (roles, then their users: Prisma
    // loads each relation level with one query for all rows).
    expect(forBig).toBeLessThanOrEqual(8);
  });

  it("pages through members, my groups and the audit trail with a fixed number of queries per page", async () => {
    const perPage = async <T>(fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>) => {
      const counts: number[] = [];
      let seen = 0;
      let cursor: string | undefined;
      do {
        counter.reset();
        const page = await fetch(cursor);
        counts.push(counter.count());
        seen += page.items.length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { counts, seen };
    };
    const members = await perPage((cursor) => listMembers(big.owner, big.slug, cursor));
    expect(members.seen).toBe(251);
    expect(new Set(members.counts).size).toBe(1);
    expect(members.counts[0]).toBeLessThanOrEqual(4);

    const groups = await perPage((cursor) => listMyGroups(joiner, cursor));
    expect(groups.seen).toBe(120);
    expect(new Set(groups.counts).size).toBe(1);
    expect(groups.counts[0]).toBeLessThanOrEqual(2);

    const audit = await perPage((cursor) => listAuditEvents(big.owner, big.slug, cursor));
    expect(audit.seen).toBe(251);
    expect(new Set(audit.counts).size).toBe(1);
    expect(audit.counts[0]).toBeLessThanOrEqual(4);
  });
});
