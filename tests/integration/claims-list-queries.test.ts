import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { db, disconnectDb } from "@/lib/db";
import { listClaims } from "@/lib/claims";
import { addMember, createUser, importPaper } from "../support/factories";
import { actorFor, type UserActor } from "../support/groups-helpers";
import { annotate, CLAIMS_PAPER, claimsWorld } from "../support/claims-helpers";

/**
 * Counts for the claims panel come from one grouped query for the whole list: the number of
 * queries a listing sends does not grow with the number of claims (or of stances).
 */
describe("claims list query count", () => {
  let queries = 0;
  let reader: UserActor;
  let small: string;
  let large: string;
  const holder = globalThis as unknown as { __disputatioDb?: unknown };

  beforeAll(async () => {
    const world = await claimsWorld();
    reader = world.participant;
    small = world.documentId;
    large = (await importPaper(world.groupId, CLAIMS_PAPER, "Many claims")).id;
    const voters = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const user = await createUser();
        await addMember(world.groupId, user.id, "participant");
        return actorFor(user);
      }),
    );
    const seed = async (documentId: string, claims: number) => {
      for (let i = 0; i < claims; i++) {
        const claim = await annotate(documentId, world.owner);
        await db().claimStance.createMany({
          data: voters.map((voter, v) => ({ annotationId: claim.id, userId: voter.userId, value: (i + v) % 3 === 0 ? "contested" : "supported", reason: "Seeded." })),
        });
      }
    };
    await seed(small, 2);
    await seed(large, 40);
    await disconnectDb();
    const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
    counting.$on("query", () => queries++);
    holder.__disputatioDb = counting;
  });
  afterAll(disconnectDb);

  async function queriesFor(documentId: string) {
    queries = 0;
    const page = await listClaims(reader, documentId);
    return { queries, claims: page.items.length, stances: page.items.reduce((sum, item) => sum + item.claim!.supported + item.claim!.contested, 0) };
  }

  it("sends as many queries for 40 claims as for 2", async () => {
    const few = await queriesFor(small);
    const many = await queriesFor(large);
    expect(few).toMatchObject({ claims: 2, stances: 10 });
    expect(many).toMatchObject({ claims: 40, stances: 200 });
    expect(many.queries).toBe(few.queries);
  });
});
