import { expect, test } from "@playwright/test";
import { signUnsubscribeToken } from "../../lib/mail/tokens";
import { signUpFresh } from "../support/accounts-e2e";

// The same secret the e2e server signs with (playwright.config.ts).
const SECRET = process.env.NEXTAUTH_SECRET ?? "test-secret-for-the-whole-run-0123456789";
const SHOTS = process.env.MAIL_SCREENSHOTS_DIR;

test("a member changes e-mail preferences in Settings, and an unsubscribe link works in a signed-out browser", async ({ page, browser }) => {
  await signUpFresh(page, "Mia Mail");
  const group = await page.request.post("/api/groups", { data: { name: "Mail seminar" } });
  expect(group.status()).toBe(201);
  const account = await (await page.request.get("/api/account")).json();

  await page.goto("/settings#mail");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "E-mail", level: 2 }) });
  // The e2e server runs without SMTP_URL on an external database: mail is off, and Settings says so.
  await expect(section.getByTestId("mail-status")).toContainText("E-mail is off on this server");
  await expect(section.getByRole("checkbox", { name: /^Replies/ })).toBeChecked();
  await expect(section.getByLabel("Mail seminar")).toHaveValue("daily");

  await section.getByRole("checkbox", { name: /^Mentions/ }).uncheck();
  await section.getByLabel("Mail seminar").selectOption("weekly");
  await section.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(section.getByRole("status").filter({ hasText: "E-mail settings saved." })).toBeVisible();
  if (SHOTS) {
    for (const [name, size] of [["desktop", { width: 1440, height: 900 }], ["tablet", { width: 820, height: 1180 }], ["phone", { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/settings-mail-${name}.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  await page.reload();
  await expect(section.getByRole("checkbox", { name: /^Mentions/ })).not.toBeChecked();
  await expect(section.getByRole("checkbox", { name: /^Replies/ })).toBeChecked();
  await expect(section.getByLabel("Mail seminar")).toHaveValue("weekly");

  // The link from an e-mail, opened where nobody is signed in: a GET shows a button, the button unsubscribes.
  const stranger = await browser.newContext();
  try {
    const visitor = await stranger.newPage();
    const token = signUnsubscribeToken({ userId: account.id, kind: "replies", groupId: null }, SECRET);
    await visitor.goto(`/api/mail/unsubscribe/${token}`);
    await expect(visitor).toHaveURL(new RegExp(`/unsubscribe/${token.replace(/\./gu, "\\.")}$`, "u"));
    await expect(visitor.getByRole("heading", { name: "Unsubscribe", level: 1 })).toBeVisible();
    await expect(visitor.getByText("Stop receiving e-mails about replies?")).toBeVisible();
    if (SHOTS) await visitor.screenshot({ path: `${SHOTS}/unsubscribe-confirm-desktop.png` });
    await visitor.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(visitor.getByRole("heading", { name: "Unsubscribed", level: 1 })).toBeVisible();
    await expect(visitor.getByRole("status")).toContainText("You will no longer receive e-mails about replies");
    if (SHOTS) {
      for (const [name, size] of [["desktop", { width: 1440, height: 900 }], ["tablet", { width: 820, height: 1180 }], ["phone", { width: 390, height: 844 }]] as const) {
        await visitor.setViewportSize(size);
        await visitor.screenshot({ path: `${SHOTS}/unsubscribe-done-${name}.png` });
      }
    }

    await visitor.goto(`/unsubscribe/${token.slice(0, -2)}xx`);
    await expect(visitor.getByRole("heading", { name: "This unsubscribe link is not valid" })).toBeVisible();
  } finally {
    await stranger.close();
  }

  await page.reload();
  await expect(section.getByRole("checkbox", { name: /^Replies/ })).not.toBeChecked();
});
