import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// ../shared beside the checkout (tests/support/shared-folder.ts is vitest's; Playwright has its own `expect`).
const pdf = path.resolve(import.meta.dirname, "../../../shared/corpus/01-tracemonkey-pldi09-acm.pdf");
const missing = existsSync(pdf) ? null : `The corpus PDF is missing: expected it in ${pdf} (../shared beside the repository).`;
if (missing && process.env.CI === "true") throw new Error(`${missing} CI must run the import e2e test.`);
if (missing) console.warn(`Skipped: ${missing}`);

test.describe("importing a paper from the import page", () => {
  test.skip(!!missing, missing ?? "");

  test("a two-column PDF imports with progress and a summary, then reads with its sections and references", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "owner@demo.test");
    await page.goto("/import?group=demo");
    await expect(page.getByRole("heading", { name: "Import a paper" })).toBeVisible();
    await page.getByLabel("Paper").setInputFiles(pdf);
    await page.getByLabel("Title").fill("Trace-based JIT (import e2e)");
    await page.getByRole("button", { name: "Import" }).click();
    const result = page.getByRole("region", { name: "What the import found" });
    await expect(result).toBeVisible({ timeout: 60_000 });
    await expect(result).toContainText("Abstract found");
    await expect(result).toContainText("1. Introduction");
    await expect(result).toContainText(/\d+ references; \d+ citations/);
    await result.getByRole("link", { name: "Open the paper" }).click();
    await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true", { timeout: 30_000 });
    const paper = page.locator("article.paper-column .paper-body");
    await expect(paper.getByRole("heading", { name: "1. Introduction" })).toBeVisible();
    await expect(paper.getByRole("heading", { name: "7. Evaluation" })).toBeAttached();
    await expect(paper.locator("section.references p.reference-entry").first()).toContainText("[1]");
    // The reference list's entries and the paper's numbered citations are both there to read.
    expect(await paper.locator("section.references p.reference-entry").count()).toBeGreaterThanOrEqual(15);
    expect(await paper.locator("cite.citation").count()).toBeGreaterThanOrEqual(15);
  });

  test("a file that is not a paper gets the reason, and nothing is stored", async ({ page }) => {
    await signIn(page, "owner@demo.test");
    await page.goto("/import?group=demo");
    await page.getByLabel("Paper").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not really a pdf") });
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByRole("status")).toContainText(/PDF|read/i, { timeout: 30_000 });
    await expect(page.getByRole("region", { name: "What the import found" })).toHaveCount(0);
  });
});
