import { prepareTestDatabase } from "./test-database";

/**
 * Vitest global setup for integration tests. `npm test` prepares the database once for all
 * suites (DISPUTATIO_TEST_DATABASE_URL); run alone, vitest prepares its own.
 */
export default async function setup() {
  process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789";
  if (process.env.DISPUTATIO_TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.DISPUTATIO_TEST_DATABASE_URL;
    return;
  }
  const { url, server } = await prepareTestDatabase(process.env.DISPUTATIO_TEST_DB_NAME ?? "disputatio_integration");
  process.env.DATABASE_URL = url;
  process.env.DISPUTATIO_TEST_DATABASE_URL = url;
  return async () => {
    await server?.stop();
  };
}
