import { expect, test } from "@playwright/test";

test("sign up, land on an empty library, sign out, sign in again", async ({ page }) => {
  const email = `new-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Nora New");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("a long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your papers" })).toBeVisible();
  await expect(page.getByText("No papers yet")).toBeVisible();
  await expect(page.getByText("Nora New")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Read papers together." })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your papers" })).toBeVisible();
});

test("sign-up shows field errors and a taken email; sign-in does not reveal which emails exist", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Short Password");
  await page.getByLabel("Email").fill("owner@demo.test");
  await page.getByLabel(/^Password/).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("A password has at least 8 characters.")).toBeVisible();

  await page.getByLabel(/^Password/).fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("already exists");

  for (const email of ["owner@demo.test", "nobody@demo.test"]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("That email and password do not match an account.");
  }
});

test("a signed-out visitor opening a paper is sent to sign in, then back to the paper", async ({ page }) => {
  await page.goto("/documents/cmwx000000000000000000000");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});
