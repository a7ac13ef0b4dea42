import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { disconnectDb } from "@/lib/db";

/**
 * Swaps the process's Prisma client (what `db()` returns) for one that counts the SQL it
 * sends. `count()` returns the queries since the last `reset()`.
 */
export async function countQueries() {
  let queries = 0;
  await disconnectDb();
  const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
  counting.$on("query", () => queries++);
  (globalThis as unknown as { __disputatioDb?: unknown }).__disputatioDb = counting;
  return {
    reset: () => {
      queries = 0;
    },
    count: () => queries,
    /** Runs `work` and returns how many queries it sent. */
    async during(work: () => Promise<unknown>) {
      queries = 0;
      await work();
      return queries;
    },
  };
}
