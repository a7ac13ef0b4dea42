import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { axeViolations, openSamplePaper, pageAs } from "./helpers";

interface Question {
  id: string;
  text: string;
  status: string;
  origin: string;
  url: string;
}

async function samplePaperId(request: APIRequestContext): Promise<string> {
  const { items } = await (await request.get("/api/documents")).json();
  return items.find((item: { title: string }) => /Social Credit System/.test(item.title)).id;
}

async function questions(request: APIRequestContext, documentId: string): Promise<Question[]> {
  return (await (await request.get(`/api/documents/${documentId}/questions`)).json()).items;
}

/** A new question proposed, approved and opened through the API by a moderator: fresh state for each test. */
async function freshOpenQuestion(request: APIRequestContext, label: string): Promise<Question> {
  const documentId = await samplePaperId(request);
  const created = await request.post(`/api/documents/${documentId}/questions`, { data: { text: `${label} ${Date.now()}?` } });
  expect(created.status()).toBe(201);
  const question: Question = await created.json();
  for (const action of ["approve", "open"]) expect((await request.post(`/api/questions/${question.id}/phase`, { data: { action } })).ok()).toBe(true);
  return question;
}

async function argue(request: APIRequestContext, questionId: string, body: string, stance: "pro" | "con", parentId: string | null = null) {
  const response = await request.post(`/api/questions/${questionId}/arguments`, { data: { parentId, stance, body } });
  expect(response.status()).toBe(201);
  const json = await response.json();
  return (json.argument ?? json) as { id: string };
}

function argument(page: Page, text: string) {
  return page.locator('[role="treeitem"]').filter({ has: page.locator(":scope > .tree-row .argument-body", { hasText: text }) });
}


/** Selects the first `length` characters of the paper column's first long paragraph. */
async function selectInPaperColumn(page: Page, length: number) {
  return page.evaluate((count) => {
    const paragraph = [...document.querySelectorAll(".debate-paper-text p")].find((p) => (p.textContent ?? "").length > count + 20)!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(count, text.data.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
    return range.toString();
  }, length);
}

test("a moderator runs a debate on a question of the sample paper, participants argue live, a viewer only reads", async ({ browser }) => {
  test.setTimeout(180_000);
  const moderator = await pageAs(browser, "moderator@demo.test");
  const reader = await pageAs(browser, "reader@demo.test");
  const author = await pageAs(browser, "author@demo.test");
  const viewer = await pageAs(browser, "viewer@demo.test");

  // The moderator approves and opens a question found at import, from the Questions tab.
  const documentId = await samplePaperId(moderator.page.request);
  const candidate = (await questions(moderator.page.request, documentId)).find((q) => q.origin === "import" && q.status === "proposed");
  expect(candidate, "the sample paper still has a proposed question found at import").toBeTruthy();
  await openSamplePaper(moderator.page);
  await moderator.page.getByRole("tab", { name: /Questions/ }).click();
  const card = moderator.page.locator(`[data-question-id="${candidate!.id}"]`);
  await card.getByRole("button", { name: "Approve" }).click();
  await moderator.page.locator(`[data-question-id="${candidate!.id}"]`).getByRole("button", { name: "Open for debate" }).click();
  await moderator.page.locator(`[data-question-id="${candidate!.id}"]`).getByRole("link").click();
  await expect(moderator.page.getByTestId("question-status")).toHaveText("Open");
  const url = moderator.page.url();

  for (const side of [reader, author, viewer]) {
    await side.page.goto(url);
    await expect(side.page.getByRole("heading", { level: 1 })).toHaveText(candidate!.text);
    await expect(side.page.locator(".connection-live")).toBeVisible();
  }
  await expect(moderator.page.locator(".connection-live")).toBeVisible();

  // A pro argument citing a passage of the paper (picked in the paper column).
  await reader.page.getByRole("button", { name: "Argue pro" }).click();
  await reader.page.getByLabel("Argument (plain text)").fill("Surveillance infrastructure, once built, tends to expand.");
  await expect(reader.page.getByText(/\d+ \/ 1000 characters/)).toBeVisible();
  await reader.page.getByRole("button", { name: "+ Another passage" }).click();
  const quote = await selectInPaperColumn(reader.page, 40);
  await reader.page.getByRole("button", { name: "Use this passage" }).click();
  await reader.page.getByRole("button", { name: "Post argument" }).click();
  const pro = argument(reader.page, "Surveillance infrastructure");
  await expect(pro.locator(".stance-badge").first()).toContainText("+ Pro");
  await expect(pro.locator(".cited-passage").first()).toContainText(quote.trim().slice(0, 20));

  // The other participant sees it live, and answers with a con.
  await expect(argument(author.page, "Surveillance infrastructure")).toBeVisible();
  await author.page.getByRole("button", { name: "Argue con" }).click();
  await author.page.getByLabel("Argument (plain text)").fill("The system is fragmented across many local pilots.");
  await author.page.getByRole("button", { name: "Post argument" }).click();
  await expect(argument(reader.page, "fragmented across many local pilots")).toBeVisible();
  await expect(argument(reader.page, "fragmented across many local pilots").locator(".stance-badge").first()).toContainText("− Con");

  // Clicking the cited passage highlights it in the paper column.
  await argument(author.page, "Surveillance infrastructure").locator(".cited-passage").first().click();
  await expect(author.page.locator(".debate-paper-text")).toHaveAttribute("data-focused-passage", /\d+-\d+/);

  // A duplicate, merged by the moderator into the first.
  await reader.page.getByRole("button", { name: "Argue pro" }).click();
  await reader.page.getByLabel("Argument (plain text)").fill("Duplicate: once surveillance exists it grows.");
  await reader.page.getByRole("button", { name: "Post argument" }).click();
  const duplicate = argument(moderator.page, "Duplicate: once surveillance");
  await expect(duplicate).toBeVisible();
  await duplicate.locator(":scope > .tree-row").getByRole("button", { name: "Moderate…" }).click();
  await duplicate.locator(":scope > .tree-row").getByRole("button", { name: "Merge into…" }).click();
  const select = duplicate.locator(":scope > .tree-row").getByLabel("Merge this duplicate into");
  await select.selectOption({ label: (await select.locator("option", { hasText: "Surveillance infrastructure" }).textContent())! });
  await duplicate.locator(":scope > .tree-row").getByRole("button", { name: "Merge", exact: true }).click();
  await expect(argument(reader.page, "Duplicate: once surveillance")).toHaveCount(0);
  await expect(argument(moderator.page, "Surveillance infrastructure").locator(".merged-list summary").first()).toHaveText("1 merged duplicate");

  // A round timer, seen by both participants, then stopped.
  await moderator.page.getByRole("button", { name: "2 min" }).click();
  for (const side of [reader, author, viewer]) await expect(side.page.locator(".round-clock")).toHaveText(/^0[12]:\d\d$/);
  await moderator.page.getByRole("button", { name: "Stop round" }).click();
  for (const side of [reader, author]) await expect(side.page.locator(".round-clock")).toHaveCount(0);

  // Closing requires the outcome; participants see it live.
  await moderator.page.getByRole("button", { name: "Close with outcome…" }).click();
  await moderator.page.getByRole("button", { name: "Close with this outcome" }).click();
  await expect(moderator.page.locator(".debate-dialog [role=alert]")).toContainText("outcome");
  await moderator.page.getByLabel("Outcome (shown to everyone)").fill("The seminar found the dystopian reading overstated for now.");
  await moderator.page.getByRole("button", { name: "Close with this outcome" }).click();
  for (const side of [reader, author, viewer]) {
    await expect(side.page.getByTestId("question-status")).toHaveText("Closed");
    await expect(side.page.getByTestId("question-outcome")).toContainText("dystopian reading overstated");
  }

  // The viewer saw everything and has no posting controls; the API refuses anyway.
  await expect(argument(viewer.page, "Surveillance infrastructure")).toBeVisible();
  await expect(argument(viewer.page, "fragmented across many local pilots")).toBeVisible();
  await expect(viewer.page.getByRole("button", { name: /Argue|Reply/ })).toHaveCount(0);
  await expect(viewer.page.locator(".rating-scale")).toHaveCount(0);
  const fresh = await freshOpenQuestion(moderator.page.request, "Viewer check");
  const refused = await viewer.page.request.post(`/api/questions/${fresh.id}/arguments`, { data: { parentId: null, stance: "pro", body: "A viewer may not argue." } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBeTruthy();

  for (const side of [moderator, reader, author, viewer]) await side.context.close();
});

test("the outline is navigable by keyboard: arrows move, Left/Right collapse and expand, Enter replies", async ({ browser }) => {
  const { page, context } = await pageAs(browser, "moderator@demo.test");
  const question = await freshOpenQuestion(page.request, "Keyboard outline");
  const first = await argue(page.request, question.id, "First top-level argument", "pro");
  await argue(page.request, question.id, "A reply under the first", "con", first.id);
  await argue(page.request, question.id, "Second top-level argument", "con");
  await page.goto(question.url);

  const items = page.locator('[role="treeitem"]');
  await expect(items).toHaveCount(3);
  await items.first().focus();
  await expect(items.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(argument(page, "A reply under the first")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(argument(page, "First top-level argument")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(argument(page, "First top-level argument")).toHaveAttribute("aria-expanded", "false");
  await expect(items).toHaveCount(2);
  await page.keyboard.press("ArrowDown");
  await expect(argument(page, "Second top-level argument")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(argument(page, "First top-level argument")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(items).toHaveCount(3);
  await page.keyboard.press("ArrowRight");
  await expect(argument(page, "A reply under the first")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Argument (plain text)")).toBeFocused();
  await context.close();
});

test("the map shows pro and con with distinct non-colour markers, and a click focuses the outline; axe finds nothing serious", async ({ browser }) => {
  const { page, context } = await pageAs(browser, "moderator@demo.test");
  const question = await freshOpenQuestion(page.request, "Map view");
  const pro = await argue(page.request, question.id, "A pro argument on the map", "pro");
  await argue(page.request, question.id, "A con argument on the map", "con", pro.id);
  await page.goto(question.url);
  await expect(page.locator(".connection-live")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("tab", { name: "Map" }).click();
  const proNode = page.locator(`[data-map-node="${pro.id}"]`);
  const conNode = page.locator('[data-map-node][data-stance="con"]');
  await expect(proNode.locator(".map-badge")).toHaveText(/^\+ PRO/);
  await expect(conNode.locator(".map-badge")).toHaveText(/^− CON/);
  const dash = (locator: typeof proNode) => locator.locator("rect").evaluate((rect) => getComputedStyle(rect).strokeDasharray);
  expect(await dash(proNode)).toBe("none");
  expect(await dash(conNode)).not.toBe("none");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Zoom in" }).click();
  await proNode.click();
  await expect(page.getByRole("tab", { name: "Outline" })).toHaveAttribute("aria-selected", "true");
  await expect(argument(page, "A pro argument on the map")).toBeFocused();
  await context.close();
});
