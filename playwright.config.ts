import { defineConfig, devices } from "@playwright/test";

// The e2e server: `npm start` against the test database on its own port. No browser is
// downloaded here: Debian's Chromium is used (installed by .ci/run when missing).
const port = Number(process.env.E2E_PORT ?? 3107);
const databaseUrl = process.env.DISPUTATIO_TEST_DATABASE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-for-the-whole-run-0123456789",
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
  },
});
