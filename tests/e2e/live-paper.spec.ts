import { expect, test } from "@playwright/test";
import { SAMPLE_HEADINGS as HEADINGS } from "../support/sample-paper";
import { openSamplePaper, pageAs } from "./helpers";

test("the sample paper reads as a typeset paper, with contents, questions and references", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "reader@demo.test");
  await openSamplePaper(page);
  const body = page.locator("article.paper-column .ProseMirror");
  await expect(body.locator("h2")).toHaveText(HEADINGS);
  await expect(body.locator("blockquote")).toHaveCount(2);
  await expect(body.locator("section.abstract")).toContainText("Artificial intelligence is increasingly present");
  await expect(body).toContainText("社会信用");
  await expect(body.locator("cite.citation").first()).toBeVisible();
  await expect(page.getByRole("tab", { name: /Questions/ })).toBeVisible();
  await page.getByRole("tab", { name: /References/ }).click();
  await expect(page.getByRole("button", { name: "Creemers, 2018" })).toBeVisible();
  await page.screenshot({ path: "test-results/reading-page.png", fullPage: false });
  await context.close();
});

test("the author types and the reader sees it within a second, with the author's caret", async ({ browser }) => {
  const author = await pageAs(browser, "author@demo.test");
  const reader = await pageAs(browser, "reader@demo.test");
  await openSamplePaper(author.page);
  await openSamplePaper(reader.page);

  // Both see each other in the presence list.
  await expect(reader.page.locator(".presence")).toContainText("Arthur Author");
  await expect(author.page.locator(".presence")).toContainText("Rémi Reader");

  const marker = `Live edit ${Date.now()}`;
  const firstParagraph = author.page.locator("article.paper-column .paper-body h2 + p").first();
  await firstParagraph.click();
  await author.page.keyboard.press("End");
  await author.page.keyboard.type(` ${marker}.`);

  await expect(reader.page.locator("article.paper-column .ProseMirror")).toContainText(marker, { timeout: 1_000 });
  await expect(reader.page.locator(".collaboration-carets__label", { hasText: "Arthur Author" })).toBeVisible();

  // The reader's editor is read-only: typing changes nothing, for anyone.
  const readerParagraph = reader.page.locator("article.paper-column .paper-body h2 + p").first();
  await readerParagraph.click();
  await reader.page.keyboard.type("READER CANNOT TYPE");
  await expect(reader.page.locator("article.paper-column .ProseMirror")).not.toContainText("READER CANNOT TYPE");
  await expect(author.page.locator("article.paper-column .ProseMirror")).not.toContainText("READER CANNOT TYPE");
  await reader.page.screenshot({ path: "test-results/live-caret.png" });

  // A reload keeps the edit (it was stored, not just relayed).
  await reader.page.reload();
  await expect(reader.page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  await expect(reader.page.locator("article.paper-column .ProseMirror")).toContainText(marker);
  await author.context.close();
  await reader.context.close();
});
