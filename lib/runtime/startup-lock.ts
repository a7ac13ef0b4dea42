import pg from "pg";

// Our own advisory lock key ("dsp-init"), distinct from the one `prisma migrate` takes inside.
const STARTUP_LOCK_KEY = 0x6473_7069;

/**
 * Runs `work` (migrations, the demo seed) while holding a PostgreSQL advisory lock, so that
 * instances started at the same moment on one database take turns: the first migrates and
 * seeds, the others wait on the lock (without Prisma's 10 s advisory-lock timeout, P1002),
 * then find nothing left to do. The lock is a session lock on a connection of its own and goes
 * with it if this process dies.
 */
export async function withStartupLock<T>(databaseUrl: string, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tried = await client.query<{ locked: boolean }>("select pg_try_advisory_lock($1) as locked", [STARTUP_LOCK_KEY]);
    if (!tried.rows[0].locked) {
      log("Another instance is preparing the database (migrations, seed); waiting for it to finish…");
      const waitStarted = Date.now();
      await client.query("select pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
      log(`The other instance finished preparing the database (waited ${((Date.now() - waitStarted) / 1000).toFixed(1)} s); starting.`);
    }
    return await work();
  } finally {
    // Ending the session releases the lock, even when `work` failed.
    await client.end().catch(() => {});
  }
}
