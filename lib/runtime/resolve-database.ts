import path from "node:path";
import { parseDatabaseUrl } from "@/lib/config/database-url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

export const DATA_DIR = path.resolve(process.env.DISPUTATIO_DATA_DIR ?? ".data");

/**
 * DATABASE_URL when set (validated, one plain sentence when wrong), else the embedded
 * PostgreSQL in .data/ (started, or joined when the app already runs it).
 */
export async function resolveDatabase(log: (line: string) => void, options: { adoptRunning?: boolean } = {}): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  // An empty DATABASE_URL counts as unset (a blank line in an .env file).
  if (process.env.DATABASE_URL?.trim()) {
    return { url: parseDatabaseUrl(process.env.DATABASE_URL), embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, log, adoptRunning: options.adoptRunning });
  process.env.DATABASE_URL = embedded.url;
  // The demo default: without SMTP_URL, mail is printed to the log rather than off (lib/mail).
  process.env.DISPUTATIO_EMBEDDED_DATABASE = "1";
  return { url: embedded.url, embedded };
}
