import { expect, test } from "@playwright/test";
import { openSamplePaper, pageAs } from "./helpers";

test("an owner makes a member an author of the paper, who may then revise its text; and takes it back", async ({ browser }) => {
  const owner = await pageAs(browser, "owner@demo.test");
  await owner.page.goto("/groups/demo");
  const paper = owner.page.locator(".document-list li").filter({ hasText: "Social Credit System" });
  await expect(paper.locator(".author-chip")).toContainText(["Arthur Author"]);
  await paper.getByLabel("Make a member an author").selectOption({ label: "Vera Viewer" });
  await paper.getByRole("button", { name: "Add" }).click();
  await expect(paper.locator(".author-chip", { hasText: "Vera Viewer" })).toBeVisible();

  const viewer = await pageAs(browser, "viewer@demo.test");
  await openSamplePaper(viewer.page);
  await expect(viewer.page.locator(".mode-badge")).toHaveText("You can revise the text");

  await paper.getByRole("button", { name: "Remove Vera Viewer as an author" }).click();
  await expect(paper.locator(".author-chip", { hasText: "Vera Viewer" })).toHaveCount(0);
  // The open connection is downgraded within seconds; a reload shows the reader's view.
  await expect(viewer.page.locator(".mode-badge")).toHaveText("Reading", { timeout: 10_000 });
  await owner.context.close();
  await viewer.context.close();
});
