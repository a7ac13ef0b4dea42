import { createRequire } from "node:module";
import { expect, type Browser, type Page } from "@playwright/test";

const require = createRequire(import.meta.url);

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

/** axe-core's serious and critical violations on the page, one line each (empty when clean). */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
