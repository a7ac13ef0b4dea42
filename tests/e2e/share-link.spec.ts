import { expect, test } from "@playwright/test";
import { openSamplePaper, pageAs } from "./helpers";

test("an owner shares the paper by link; a signed-out guest reads it live and read-only; revoking ends it", async ({ browser }) => {
  const owner = await pageAs(browser, "owner@demo.test");
  await openSamplePaper(owner.page);
  await owner.page.getByRole("button", { name: /^Share|Shared by link$/ }).click();
  await owner.page.getByRole("button", { name: /Create a public link|Replace the link/ }).click();
  const link = await owner.page.getByLabel("Link (shown once)").inputValue();
  expect(link).toMatch(/\/share\/[A-Za-z0-9_-]{20,}$/);
  await owner.page.screenshot({ path: "test-results/share-popover.png" });

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  await expect(guest.locator(".mode-badge")).toHaveText("Reading");
  await expect(guest.getByRole("link", { name: "Sign in" })).toBeVisible();

  const marker = `Shared edit ${Date.now()}`;
  await owner.page.locator("article.paper-column .ProseMirror h2 + p").first().click();
  await owner.page.keyboard.press("End");
  await owner.page.keyboard.type(` ${marker}.`);
  await expect(guest.locator("article.paper-column .ProseMirror")).toContainText(marker);

  await guest.locator("article.paper-column .ProseMirror h2 + p").first().click();
  await guest.keyboard.type("GUEST TYPING");
  await expect(owner.page.locator("article.paper-column .ProseMirror")).not.toContainText("GUEST TYPING");

  await owner.page.getByRole("button", { name: "Stop sharing" }).click();
  await expect(owner.page.getByRole("status").filter({ hasText: "no longer works" })).toBeVisible();
  await expect(guest.locator(".connection")).toContainText("no longer have access");
  const again = await guest.goto(link);
  expect(again?.status()).toBe(404);
  await guestContext.close();
  await owner.context.close();
});
