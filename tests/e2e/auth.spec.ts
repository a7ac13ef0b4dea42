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

test("session cookies are httpOnly and SameSite=Lax", async ({ page, context }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("viewer@demo.test");
  await page.getByLabel("Password").fill("disputatio-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your papers" })).toBeVisible();
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("sign-in attempts are rate limited per account: 429 with Retry-After, and the form says so", async ({ page, request }) => {
  const email = `target-${Date.now()}@example.org`;
  const attempt = async () => {
    const csrf = await (await request.get("/api/auth/csrf")).json();
    return request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password: "guess", json: "true" } });
  };
  for (let i = 0; i < 10; i++) expect((await attempt()).status()).not.toBe(429);
  const limited = await attempt();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited.json()).error).toMatchObject({ code: "rate_limited" });

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("guess");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("Too many sign-in attempts");
});
