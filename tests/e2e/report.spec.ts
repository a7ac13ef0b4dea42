import { expect, test } from "@playwright/test";
import { pageAs } from "./helpers";

// The seminar is seeded in this process through the use cases, on the e2e server's database,
// with an in-process collaboration server writing the highlights' marks into the stored paper.
process.env.DATABASE_URL ??= process.env.DISPUTATIO_TEST_DATABASE_URL;

type Seed = Awaited<ReturnType<typeof import("../support/seed-seminar")["seedSeminar"]>>;
let seed: Seed;
let documentId: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { db, disconnectDb } = await import("@/lib/db");
  const { registerCollabServer } = await import("@/lib/collab/registry");
  const { startCollabHarness } = await import("../support/collab-harness");
  const { seedSeminar } = await import("../support/seed-seminar");
  const { addMember, createUser } = await import("../support/factories");
  const sample = await db().document.findFirstOrThrow({ where: { title: { contains: "Social Credit System" }, group: { slug: "demo" } }, select: { id: true, groupId: true } });
  documentId = sample.id;
  const actor = async (email: string) => {
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    return { kind: "user" as const, userId: user.id, name: user.name, color: user.color, via: "session" as const };
  };
  const other = await createUser({ name: "Seminar guest" });
  await addMember(sample.groupId, other.id, "participant");
  const harness = await startCollabHarness();
  registerCollabServer(harness.collab);
  try {
    seed = await seedSeminar(documentId, {
      owner: await actor("owner@demo.test"),
      moderator: await actor("moderator@demo.test"),
      author: await actor("author@demo.test"),
      reader: await actor("reader@demo.test"),
      other: { kind: "user", userId: other.id, name: other.name, color: other.color, via: "session" },
    });
  } finally {
    await harness.close();
    await disconnectDb();
  }
});

test("an author opens the report, sees the heat map and the most contested claim, and follows it to the passage", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "author@demo.test");
  await page.goto(`/documents/${documentId}`);
  await page.getByRole("link", { name: "Feedback report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Social Credit System");
  await expect(page.getByRole("img", { name: /Heat map of the paper/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Claim statuses per section/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Argument map: Does the SCS merely continue/ })).toBeVisible();
  const top = page.locator(".report-claim").first();
  await expect(top).toContainText("there does not seem to be anything new with the SCS");
  await expect(top).toContainText("2 supported · 2 contested");
  await expect(top.locator(".report-status")).toHaveText("Disputed");
  await expect(page.getByText("PRIVATE-NOTE")).toHaveCount(0);

  await page.screenshot({ path: "/tmp/report-screen.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".report-tools")).toBeHidden();
  await page.screenshot({ path: "/tmp/report-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  await top.getByRole("link", { name: /there does not seem to be anything new/ }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${documentId}\\?annotation=${seed.claims.contested}$`));
  await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  await expect(page.locator(`[data-annotation-card="${seed.claims.contested}"]`)).toHaveClass(/is-selected/);
  await context.close();
});

test("the export shows its progress and offers the file", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "moderator@demo.test");
  await page.goto(`/documents/${documentId}/report`);
  await page.getByRole("button", { name: "CSV" }).click();
  const download = page.getByRole("link", { name: /^Download .*-report\.csv/ });
  await expect(download).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/-report\.csv$/);
  await context.close();
});

test("a participant gets 404 on the report and sees no link to it", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "reader@demo.test");
  await page.goto(`/documents/${documentId}`);
  await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  await expect(page.getByRole("link", { name: "Feedback report" })).toHaveCount(0);
  const response = await page.goto(`/documents/${documentId}/report`);
  expect(response?.status()).toBe(404);
  expect((await page.request.get(`/api/documents/${documentId}/report`)).status()).toBe(404);
  await context.close();
});
