import { expect, test, type APIRequestContext } from "@playwright/test";
import { openSamplePaper, pageAs } from "./helpers";
import { deviceAs, Finger, PHONE, TABLET, wordInPaper } from "./ui-touch";

async function samplePaperId(request: APIRequestContext): Promise<string> {
  const { items } = await (await request.get("/api/documents")).json();
  return items.find((item: { title: string }) => /Social Credit System/.test(item.title)).id;
}

test("on a phone, a long press selects a word, a handle widens it, the toolbar annotates it, and the panel sheet opens to reply", async ({ browser }) => {
  const { context, page } = await deviceAs(browser, PHONE, "reader@demo.test");
  await openSamplePaper(page);
  // The panels are not a column on a phone: a button with the counts opens them.
  const opener = page.locator(".panel-sheet-open");
  await expect(opener).toBeVisible();
  await expect(opener).toContainText(/\d+ annotations? · \d+ claims? · \d+ questions?/);
  await expect(page.locator("#paper-panels")).toBeHidden();

  const finger = await Finger.on(page);
  const word = await wordInPaper(page, "surveillance");
  await finger.down(word);
  const toolbar = page.getByRole("toolbar", { name: "Annotate the selected passage" });
  await expect(toolbar).toBeVisible(); // shows while the finger is still down: a long press
  await finger.up();
  const end = page.locator(".touch-handle-end");
  await expect(end).toBeVisible();

  // Drag the end handle along the line: the selection grows past the word.
  const box = (await end.boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await finger.down(from);
  for (let step = 1; step <= 6; step++) await finger.move({ x: Math.min(from.x + step * 25, PHONE.viewport.width - 20), y: from.y });
  await finger.up();

  await toolbar.getByRole("button", { name: "Comment", exact: true }).tap();
  // The composer lives in the panels: the sheet opens by itself.
  await expect(page.locator("#paper-panels")).toBeVisible();
  const composer = page.locator("form.composer");
  const quote = (await composer.locator(".card-quote").innerText()).trim();
  expect(quote.startsWith("surveillance")).toBe(true);
  expect(quote.length).toBeGreaterThan("surveillance".length);
  const note = `Read on a phone ${Date.now()}`;
  await composer.getByLabel("Your comment").fill(note);
  await composer.getByRole("button", { name: "Post comment" }).tap();
  const card = page.locator("#panel-annotations [data-annotation-card]").filter({ hasText: note });
  await expect(card).toBeVisible();

  // Close the sheet, reopen it from the button, and reply in the thread.
  await page.getByRole("button", { name: "Close", exact: true }).tap();
  await expect(page.locator("#paper-panels")).toBeHidden();
  await opener.tap();
  await expect(page.locator("#paper-panels")).toBeVisible();
  await card.locator("blockquote").tap();
  const reply = `Replying by touch ${Date.now()}`;
  await card.getByLabel("Reply to the thread").fill(reply);
  await card.getByRole("button", { name: "Reply", exact: true }).tap();
  await expect(card.locator(".replies")).toContainText(reply);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
  await context.close();
});

test("on a tablet, a participant follows a debate from the paper, pans and pinches its map, and rates an argument by touch", async ({ browser }) => {
  const moderator = await pageAs(browser, "moderator@demo.test");
  const documentId = await samplePaperId(moderator.page.request);
  const created = await moderator.page.request.post(`/api/documents/${documentId}/questions`, { data: { text: `Tablet debate ${Date.now()}?` } });
  expect(created.status()).toBe(201);
  const question = (await created.json()) as { id: string; text: string };
  for (const action of ["approve", "open"]) expect((await moderator.page.request.post(`/api/questions/${question.id}/phase`, { data: { action } })).ok()).toBe(true);
  const argued = await moderator.page.request.post(`/api/questions/${question.id}/arguments`, { data: { parentId: null, stance: "pro", body: "Scores on people repeat the paper's warning." } });
  expect(argued.status()).toBe(201);

  const { context, page } = await deviceAs(browser, TABLET, "reader@demo.test");
  await openSamplePaper(page);
  await page.getByRole("tab", { name: /Questions/ }).tap();
  await page.getByRole("link", { name: question.text }).tap();
  await expect(page.getByRole("heading", { name: question.text })).toBeVisible();
  const item = page.locator('[role="treeitem"]').filter({ hasText: "Scores on people repeat" });
  await expect(item).toBeVisible();

  await item.locator(".rating-scale label", { hasText: "3" }).tap();
  await expect(item.locator(".rating-scale legend")).toHaveText("Impact (yours: 3)");

  // The map: a one-finger drag pans it, two fingers pinch-zoom it.
  await page.getByRole("tab", { name: /Map/ }).tap();
  const viewport = page.locator(".map-viewport");
  await expect(viewport).toBeVisible();
  const svg = page.locator(".map-svg");
  const before = await svg.evaluate((el) => ({ transform: (el as SVGElement).style.transform, width: el.getAttribute("width") }));
  const area = (await viewport.boundingBox())!;
  const centre = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  const finger = await Finger.on(page);
  await finger.down(centre);
  for (let step = 1; step <= 5; step++) await finger.move({ x: centre.x + step * 20, y: centre.y + step * 10 });
  await finger.up();
  await expect.poll(() => svg.evaluate((el) => (el as SVGElement).style.transform)).not.toBe(before.transform);
  await finger.down({ x: centre.x - 40, y: centre.y }, { x: centre.x + 40, y: centre.y });
  for (let step = 1; step <= 5; step++) await finger.move({ x: centre.x - 40 - step * 20, y: centre.y }, { x: centre.x + 40 + step * 20, y: centre.y });
  await finger.up();
  await expect.poll(async () => Number(await svg.getAttribute("width"))).toBeGreaterThan(Number(before.width) * 1.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.viewport.width);
  for (const c of [context, moderator.context]) await c.close();
});

test("three members whose account colours collide get three different colours, the same on every client", async ({ browser }) => {
  const people = [
    { email: "reader@demo.test", name: "Rémi Reader" },
    { email: "author@demo.test", name: "Arthur Author" },
    { email: "moderator@demo.test", name: "Maya Moderator" },
  ];
  const sessions: Awaited<ReturnType<typeof pageAs>>[] = [];
  for (const person of people) {
    const session = await pageAs(browser, person.email);
    await openSamplePaper(session.page);
    sessions.push(session);
  }
  const seen: Record<string, string>[] = [];
  for (const { page } of sessions) {
    for (const person of people) await expect(page.locator(".presence li", { hasText: person.name })).toBeVisible();
    seen.push(
      await page.locator(".presence li").evaluateAll((items) =>
        Object.fromEntries(items.map((li) => [li.getAttribute("title"), getComputedStyle(li.querySelector(".avatar")!).backgroundColor])),
      ),
    );
  }
  const colours = people.map((person) => seen[0][person.name]);
  expect(new Set(colours).size).toBe(3);
  for (const view of seen) for (const person of people) expect(view[person.name]).toBe(seen[0][person.name]);

  // The dot beside a name in the panels is the same room colour as the person's avatar.
  const page = sessions[1].page;
  const documentId = page.url().split("/documents/")[1].split(/[?#]/)[0];
  const { plainText } = (await (await sessions[0].page.request.get(`/api/documents/${documentId}`)).json()) as { plainText: string };
  const quote = "Social Credit System";
  const start = plainText.indexOf(quote);
  const body = `Colour check ${Date.now()}`;
  const created = await sessions[0].page.request.post(`/api/documents/${documentId}/annotations`, {
    data: { kind: "comment", body, tags: [], visibility: "group", anchor: { start, end: start + quote.length, quote } },
  });
  expect(created.status()).toBe(201);
  const card = page.locator("#panel-annotations [data-annotation-card]").filter({ hasText: body });
  await expect(card).toBeVisible();
  const dot = await card.locator(".person", { hasText: "Rémi Reader" }).locator(".person-dot").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(dot).toBe(seen[1]["Rémi Reader"]);
  for (const { context } of sessions) await context.close();
});
