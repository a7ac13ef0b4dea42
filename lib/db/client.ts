import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { parseDatabaseUrl } from "@/lib/config/database-url";

export type Db = InstanceType<typeof PrismaClient>;

// One client per process, also across Next's module copies and dev reloads.
const holder = globalThis as unknown as { __disputatioDb?: Db };

function createClient(): Db {
  const connectionString = parseDatabaseUrl(process.env.DATABASE_URL);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

/** The Prisma client, created on first use from DATABASE_URL. */
export function db(): Db {
  holder.__disputatioDb ??= createClient();
  return holder.__disputatioDb;
}

export async function disconnectDb() {
  const client = holder.__disputatioDb;
  holder.__disputatioDb = undefined;
  await client?.$disconnect();
}
