import { expect, test } from "@playwright/test";
import { bearer, signUpFresh } from "../support/accounts-e2e";
import { DEMO_PASSWORD } from "./helpers";

test("a signed-out visitor is sent to sign in, then back to settings", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)settings$/);
  await page.getByLabel("Email").fill("reader@demo.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/settings$/);
});

test("profile, an API token shown once and revoked, then deleting the account", async ({ page, request }) => {
  const { email, password } = await signUpFresh(page, "Sam Settings");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  // Profile: a new name and a palette colour; the header follows.
  await page.getByLabel("Display name").fill("Samira Settings");
  await page.getByRole("radio", { name: "Teal" }).check();
  await expect(page.locator(".color-preview")).toContainText("readable");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
  await expect(page.locator(".site-header .account-name")).toHaveText("Samira Settings");
  await expect(page.locator(".site-header .avatar")).toHaveCSS("background-color", "rgb(15, 118, 110)");

  // A colour too light for white text is refused with a message next to the field.
  await page.getByRole("radio", { name: "Custom" }).check();
  await page.getByLabel(/^Custom colour/).fill("#ffee00");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#profile-color-error")).toContainText("too light");
  await expect(page.locator("form [role=alert]").first()).toBeVisible();

  // A token: the secret is shown once, with a warning.
  await page.getByLabel(/^Token name/).fill("e2e script");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  const secret = await page.getByLabel(/^New token/).inputValue();
  expect(secret).toMatch(/^dsp_/);
  await expect(page.getByRole("row", { name: /e2e script/ })).toContainText(secret.slice(0, 10));

  // The token works as Bearer on the API (a request without cookies), but cannot mint tokens.
  expect((await request.get("/api/documents", { headers: bearer(secret) })).status()).toBe(200);
  expect(await (await request.get("/api/account", { headers: bearer(secret) })).json()).toMatchObject({ email, name: "Samira Settings" });
  expect((await request.post("/api/tokens", { headers: bearer(secret), data: { name: "minted" } })).status()).toBe(403);

  await page.getByRole("button", { name: "I have copied it" }).click();
  await page.reload();
  await expect(page.getByRole("row", { name: /e2e script/ })).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  // Revoke, with a confirmation; the token stops working at once.
  await page.getByRole("button", { name: "Revoke e2e script" }).click();
  await page.getByRole("button", { name: "Revoke “e2e script”" }).click();
  await expect(page.getByRole("row", { name: /e2e script/ })).toHaveCount(0);
  const revoked = await request.get("/api/documents", { headers: bearer(secret) });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("invalid_token");

  // Delete the account: a wrong password is refused next to the field, the right one signs out.
  const deleteForm = page.getByRole("region", { name: "Delete my account" });
  await deleteForm.getByLabel("Your password, to confirm").fill("not my password");
  await deleteForm.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#delete-password-error")).toHaveText("This is not your current password.");
  await deleteForm.getByLabel("Your password, to confirm").fill(password);
  await deleteForm.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Read papers together." })).toBeVisible();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("That email and password do not match an account.");
});
