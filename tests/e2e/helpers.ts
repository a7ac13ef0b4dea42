import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "disputatio-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your papers" })).toBeVisible();
}

/** A fresh browser context (its own cookies) signed in as one demo account. */
export async function pageAs(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

export async function openSamplePaper(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /Social Credit System/ }).first().click();
  await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
}
