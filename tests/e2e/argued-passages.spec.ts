import { expect, test } from "@playwright/test";
import { pageAs } from "./helpers";

/**
 * The reading page follows the paper's debates live: the Questions tab's argument counts, and a
 * marker on the passages that arguments cite, with a note linking to the debate.
 */
test("an argument citing a passage marks it on an open reading page, and the Questions tab counts it", async ({ browser }) => {
  const moderator = await pageAs(browser, "moderator@demo.test");
  const reader = await pageAs(browser, "reader@demo.test");
  const { items } = await (await moderator.page.request.get("/api/documents")).json();
  const paper = items.find((item: { title: string }) => /Social Credit System/.test(item.title));
  const { plainText } = await (await moderator.page.request.get(`/api/documents/${paper.id}`)).json();

  const created = await moderator.page.request.post(`/api/documents/${paper.id}/questions`, { data: { text: `Is the system one score per person? ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const question = await created.json();
  for (const action of ["approve", "open"]) expect((await moderator.page.request.post(`/api/questions/${question.id}/phase`, { data: { action } })).ok()).toBe(true);

  await reader.page.goto(`/documents/${paper.id}`);
  await expect(reader.page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  await reader.page.getByRole("tab", { name: /Questions/ }).click();
  const card = reader.page.locator(`.question-card[data-question-id="${question.id}"]`);
  await expect(card).toContainText("0 arguments");

  const quote = "China is not the only country";
  const start = plainText.indexOf(quote);
  expect(start).toBeGreaterThan(-1);
  const argued = await moderator.page.request.post(`/api/questions/${question.id}/arguments`, {
    data: { parentId: null, stance: "con", body: "The paper itself says others score too.", evidence: [{ type: "passage", start, end: start + quote.length, quote }] },
  });
  expect(argued.status()).toBe(201);

  // Live, without a reload: the count, the note under the questions, and the marker in the paper.
  await expect(card).toContainText("1 argument");
  const note = reader.page.getByRole("region", { name: "Passages argued over" }).or(reader.page.locator('section[aria-label="Passages argued over"]'));
  const item = note.locator(`[data-argued-passage="${start}-${start + quote.length}"]`).filter({ hasText: quote });
  await expect(item.getByRole("link", { name: /^Debate: Is the system one score per person/ })).toHaveAttribute("href", `/documents/${paper.id}/debates/${question.id}`);
  await expect.poll(async () => Number(await reader.page.locator(".paper-body[data-argued-passages]").getAttribute("data-argued-passages"))).toBeGreaterThanOrEqual(1);
  const marked = await reader.page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("paper-argued");
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
  expect(marked).toContain(quote);

  // Hovering the passage names its debate; "Show in paper" takes the reader to it.
  await item.getByRole("button", { name: "Show in paper" }).click();
  // The paper scrolls to the passage and the selection toolbar opens over its first line: point
  // at the middle of its last line, again until the scroll has settled.
  const column = reader.page.locator("article.paper-column");
  await expect
    .poll(async () => {
      const box = await reader.page.evaluate((text) => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("paper-argued")!;
        const range = [...highlight].find((entry) => entry.toString() === text)!;
        const rects = range.getClientRects();
        const rect = rects[rects.length - 1];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, quote);
      await reader.page.mouse.move(box.x, box.y);
      return (await column.getAttribute("title")) ?? "";
    })
    .toMatch(/Argued over in the debate “Is the system one score per person/);
  await reader.page.screenshot({ path: "/tmp/fix/argued.png" });

  await moderator.context.close();
  await reader.context.close();
});
