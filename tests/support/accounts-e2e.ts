import { expect, type Page } from "@playwright/test";

export const E2E_PASSWORD = "a long e2e password";

/** Signs up a brand-new account through the sign-up page; the page ends signed in. */
export async function signUpFresh(page: Page, name: string): Promise<{ email: string; password: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your papers" })).toBeVisible();
  return { email, password: E2E_PASSWORD };
}

export const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });
