import pg from "pg";
import { parseDatabaseUrl } from "@/lib/config/database-url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { applyMigrations, ensurePrismaClient } from "@/lib/runtime/prisma-cli";

/**
 * The test database: TEST_DATABASE_URL's server when set, else an embedded PostgreSQL kept in
 * .data/test-pg. Either way a fresh database is created for the run and migrated, so tests
 * never touch `npm start`'s data.
 */
export async function prepareTestDatabase(name = "disputatio_test"): Promise<{ url: string; server: EmbeddedPostgres | null }> {
  await ensurePrismaClient();
  let serverUrl: string;
  let server: EmbeddedPostgres | null = null;
  if (process.env.TEST_DATABASE_URL) {
    serverUrl = parseDatabaseUrl(process.env.TEST_DATABASE_URL, "TEST_DATABASE_URL");
  } else {
    server = await startEmbeddedPostgres({ dataDir: ".data/test-pg" });
    serverUrl = server.url;
  }
  const url = new URL(serverUrl);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return { url: url.toString(), server };
}
