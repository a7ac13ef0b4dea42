import { expect, test, type Page } from "@playwright/test";
import { axeViolations, openSamplePaper, pageAs } from "./helpers";

// Near the end, after every question the paper raises: deleting it moves no question's offsets.
const CLAIM = "The authors of this paper could not agree more.";
const CONTESTED = "rgba(248, 113, 113, 0.3)";

/** Selects `text` in the paper with a real mouse drag, from its first character to its last. */
async function dragSelect(page: Page, text: string) {
  const points = await page.evaluate((needle) => {
    const root = document.querySelector("article.paper-column .ProseMirror")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: [Text, number][] = [];
    let all = "";
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push([node, all.length]);
      all += node.data;
    }
    const at = all.indexOf(needle);
    if (at < 0) throw new Error(`Not in the paper: ${needle}`);
    const locate = (offset: number) => [...nodes].reverse().find(([, begin]) => begin <= offset)!;
    const charRect = (offset: number) => {
      const [node, begin] = locate(offset);
      const range = document.createRange();
      range.setStart(node, offset - begin);
      range.setEnd(node, offset - begin + 1);
      return range.getBoundingClientRect();
    };
    locate(at)[0].parentElement!.scrollIntoView({ block: "center" });
    const first = charRect(at);
    const last = charRect(at + needle.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, text);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
}

function card(page: Page, quote: string) {
  return page.locator("#panel-annotations article.annotation-card").filter({ has: page.locator("blockquote.card-quote", { hasText: quote }) });
}


test("a claim contested by one member and supported by another is disputed, live for both, and kept", async ({ browser }) => {
  const a = await pageAs(browser, "reader@demo.test");
  const b = await pageAs(browser, "moderator@demo.test");
  await a.page.emulateMedia({ reducedMotion: "reduce" });
  await openSamplePaper(a.page);
  await openSamplePaper(b.page);

  // A selects the sentence with the mouse and tags it a claim.
  await dragSelect(a.page, CLAIM);
  const toolbar = a.page.getByRole("toolbar", { name: "Annotate the selected passage" });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole("button", { name: "Claim", exact: true }).click();
  const composer = a.page.locator("form.composer");
  await expect(composer.locator("blockquote")).toHaveText(CLAIM);
  await composer.getByLabel("The claim, in your words (optional)").fill("AI surveillance is a **global** market.");
  await composer.getByLabel("Tags").fill("surveillance, e2e");
  await composer.getByRole("button", { name: "Post claim" }).click();
  const claimA = card(a.page, CLAIM);
  await expect(claimA).toBeVisible();
  const id = await claimA.getAttribute("data-annotation-card");
  expect(id).toMatch(/^[a-z0-9]+$/);
  await expect(claimA).toContainText("unreviewed");
  await expect(a.page.locator(`.paper-body [data-annotation="${id}"]`).first()).toBeVisible();
  // B is told, in a live region.
  await expect(b.page.getByRole("status").filter({ hasText: "New claim from Rémi Reader" })).toBeVisible();

  // A contests it, with a reason.
  await claimA.getByRole("button", { name: "Contest", exact: true }).click();
  await claimA.getByLabel("Reason (required)").fill("Exports are *not* the same as use.");
  await claimA.getByRole("button", { name: "Contest this claim" }).click();
  await expect(claimA).toContainText("0 supported · 1 contested");

  // B sees it coloured (contested) within a second, without reloading.
  const markB = b.page.locator(`.paper-body [data-annotation="${id}"]`).first();
  await expect(markB).toHaveCSS("background-color", CONTESTED, { timeout: 1_000 });

  // B opens it from the highlight and supports it, with evidence from the paper's references.
  await markB.click();
  const claimB = card(b.page, CLAIM);
  await expect(claimB).toHaveAttribute("aria-current", "true");
  await claimB.getByRole("button", { name: "Support", exact: true }).click();
  await claimB.getByLabel("Reason (required)").fill("Feldstein (2019) documents [the exports](https://carnegieendowment.org/).");
  await claimB.getByRole("button", { name: "+ Citation" }).click();
  await claimB.getByLabel("One of the paper’s references").selectOption({ label: "Feldstein, 2019" });
  await claimB.getByRole("button", { name: "Add citation" }).click();
  await claimB.getByRole("button", { name: "Support this claim" }).click();

  // Both see "disputed", 1–1, live.
  for (const claim of [claimA, claimB]) {
    await expect(claim.locator(".claim-line")).toContainText("disputed");
    await expect(claim.locator(".claim-line")).toContainText("1 supported · 1 contested");
  }
  await expect(claimB.locator(".stance-side-contested")).toContainText("Exports are not the same as use.");
  await expect(claimB.locator(".stance-side-supported")).toContainText("Feldstein, 2019");
  await a.page.screenshot({ path: "test-results/annotations-claim-disputed.png" });

  // The claims tab lists it first (most contested).
  await a.page.getByRole("tab", { name: /Claims/ }).click();
  await expect(a.page.locator("#panel-claims article.annotation-card").first()).toContainText(CLAIM);
  await a.page.getByRole("tab", { name: /Annotations/ }).click();

  // A reload keeps everything.
  await a.page.reload();
  await expect(a.page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  const again = card(a.page, CLAIM);
  await expect(again.locator(".claim-line")).toContainText("disputed");
  await expect(again.locator(".claim-line")).toContainText("1 supported · 1 contested");
  await expect(again.locator(".tags")).toContainText("surveillance");
  await expect(a.page.locator(`.paper-body [data-annotation="${id}"]`).first()).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  // The heat strip marks the contested place; choosing it opens the claim there.
  await a.page.locator(".heat-strip .heat-segment.is-contested").first().click();
  await expect(again).toHaveAttribute("aria-current", "true");
  await expect(a.page.locator(`.paper-body [data-annotation="${id}"]`).first()).toBeInViewport();
  await expect(again.locator(".stance-side-supported")).toContainText("Feldstein (2019) documents");
  await expect(again.locator(".stance-side-contested")).toContainText("Exports are not the same as use.");
  await a.page.screenshot({ path: "test-results/annotations-after-reload.png" });

  // No serious or critical accessibility violation, with a card open.
  expect(await axeViolations(a.page)).toEqual([]);

  // The author deletes the passage: the claim is kept, listed as orphaned with its quote.
  const author = await pageAs(browser, "author@demo.test");
  await openSamplePaper(author.page);
  await dragSelect(author.page, CLAIM);
  await author.page.keyboard.press("Backspace");
  await expect(author.page.locator("article.paper-column .ProseMirror")).not.toContainText(CLAIM);
  for (const page of [author.page, a.page]) {
    const orphaned = page.locator("#panel-annotations section.orphaned");
    await expect(orphaned.getByRole("heading", { name: /Orphaned/ })).toBeVisible();
    await expect(orphaned.locator("blockquote.card-quote")).toContainText(CLAIM);
  }
  await a.page.keyboard.press("Escape");
  await a.page.locator("#panel-annotations section.orphaned h3").scrollIntoViewIfNeeded();
  await a.page.screenshot({ path: "test-results/annotations-orphaned.png" });

  await author.context.close();
  await a.context.close();
  await b.context.close();
});

test("keyboard only: select with Shift+arrows, annotate from the toolbar or a shortcut, post with Ctrl+Enter", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "reader@demo.test");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openSamplePaper(page);
  const paper = page.locator("article.paper-column .ProseMirror");
  await paper.focus();

  // The reading caret starts at the paper's beginning; select its first three words.
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Control+Shift+ArrowRight");
  await expect(page.locator(".paper-body .reading-selection").first()).toBeVisible();

  // Tab reaches the toolbar over the selection.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: "Comment" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Your comment")).toBeFocused();
  await page.keyboard.type("Typed without a mouse.");
  await page.keyboard.press("Control+Enter");
  const first = card(page, "Artificial intelligence is");
  await expect(first).toContainText("Typed without a mouse.");
  await expect(first).toBeFocused();

  // Shift+arrows by character on the next line, then the Alt+Q shortcut.
  await paper.focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  for (let i = 0; i < 8; i++) await page.keyboard.press("Shift+ArrowRight");
  const selected = (await page.locator(".paper-body .reading-selection").allInnerTexts()).join("");
  expect(selected).toHaveLength(8);
  await page.keyboard.press("Alt+KeyQ");
  await expect(page.getByLabel("Your question")).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Your question").focus();
  await page.keyboard.type("Asked from the keyboard?");
  await page.keyboard.press("Control+Enter");
  const question = page.locator("#panel-annotations article.annotation-card.kind-question[aria-current='true']");
  await expect(question).toContainText("Asked from the keyboard?");
  await expect(question.locator("blockquote")).toHaveText(selected);
  await expect(question).toBeFocused();
  const id = await question.getAttribute("data-annotation-card");
  await expect(page.locator(`.paper-body [data-annotation="${id}"]`).first()).toBeVisible();

  // Enter on the focused card takes the paper there; Enter on a highlight (the reading caret in it) opens its card.
  const questionCard = page.locator(`#panel-annotations [data-annotation-card="${id}"]`);
  await page.keyboard.press("Escape");
  await expect(questionCard).not.toHaveAttribute("aria-current", "true");
  await questionCard.focus();
  await page.keyboard.press("Enter");
  await expect(questionCard).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("Escape");
  await expect(questionCard).not.toHaveAttribute("aria-current", "true");
  await paper.focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(questionCard).toHaveAttribute("aria-current", "true");
  await page.screenshot({ path: "test-results/annotations-keyboard.png" });
  await context.close();
});

test("a private note is highlighted for its author alone; a viewer gets no annotate toolbar", async ({ browser }) => {
  const reader = await pageAs(browser, "reader@demo.test");
  const moderator = await pageAs(browser, "moderator@demo.test");
  const viewer = await pageAs(browser, "viewer@demo.test");
  for (const { page } of [reader, moderator, viewer]) await openSamplePaper(page);

  const passage = "China had 731 million Internet users";
  await dragSelect(reader.page, passage);
  await reader.page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: "Comment", exact: true }).click();
  await reader.page.getByLabel("Your comment").fill("My own reading note.");
  await reader.page.locator("form.composer").getByText("Only me", { exact: true }).click();
  await reader.page.getByRole("button", { name: "Post comment" }).click();
  const note = card(reader.page, passage);
  await expect(note).toContainText("Only me");
  const id = await note.getAttribute("data-annotation-card");
  await expect(reader.page.locator(`.paper-body .annotation-private[data-annotation="${id}"]`).first()).toBeVisible();

  await moderator.page.reload();
  await expect(moderator.page.locator("#panel-annotations .list-summary")).toContainText("annotation");
  await expect(moderator.page.locator("#panel-annotations")).not.toContainText("My own reading note.");
  await expect(moderator.page.locator(`[data-annotation="${id}"]`)).toHaveCount(0);

  await dragSelect(viewer.page, passage);
  await expect(viewer.page.locator("#panel-annotations .list-summary")).toContainText("annotation");
  await expect(viewer.page.getByRole("toolbar", { name: "Annotate the selected passage" })).toBeHidden();
  for (const context of [reader.context, moderator.context, viewer.context]) await context.close();
});

test("a reply mentioning the asker reaches their inbox; the asker opens it and marks the answer", async ({ browser }) => {
  const asker = await pageAs(browser, "reader@demo.test");
  const helper = await pageAs(browser, "moderator@demo.test");
  await openSamplePaper(asker.page);
  const documentId = asker.page.url().split("/documents/")[1].split(/[?#]/)[0];
  const { plainText } = (await (await asker.page.request.get(`/api/documents/${documentId}`)).json()) as { plainText: string };
  const quote = "more than 31,000 people";
  const start = plainText.indexOf(quote);
  const created = await asker.page.request.post(`/api/documents/${documentId}/annotations`, {
    data: { kind: "question", body: "Which court published these names?", tags: [], visibility: "group", anchor: { start, end: start + quote.length, quote } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await openSamplePaper(helper.page);
  const question = helper.page.locator(`#panel-annotations [data-annotation-card="${id}"]`);
  await question.locator("blockquote").click();
  await question.getByLabel("Reply to the thread").fill("@[Rémi Reader] the Supreme People’s Court, in 2013.");
  await question.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(question.locator(".replies")).toContainText("the Supreme People’s Court");

  // The asker's reading page shows the unread count; the inbox lists the mention.
  await expect(asker.page.getByRole("link", { name: /^Inbox, \d+ unread$/ })).toBeVisible();
  await asker.page.getByRole("link", { name: /^Inbox/ }).click();
  const item = asker.page.locator(".inbox-item", { hasText: "Maya Moderator mentioned you." });
  await expect(item).toHaveClass(/is-unread/);
  await expect(item).toContainText("the Supreme People’s Court");
  await asker.page.screenshot({ path: "test-results/annotations-inbox.png" });
  expect(await axeViolations(asker.page)).toEqual([]);
  await item.getByRole("link", { name: /^Open/ }).click();

  // Opening it lands on the annotation, selected; the asker marks the reply as the answer.
  await expect(asker.page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  const mine = asker.page.locator(`#panel-annotations [data-annotation-card="${id}"]`);
  await expect(mine).toHaveAttribute("aria-current", "true");
  await mine.getByRole("button", { name: "Mark as answer" }).click();
  await expect(mine.locator(".reply.is-answer")).toContainText("the Supreme People’s Court");
  await expect(mine.locator(".card-head")).toContainText("Answered");

  await helper.page.goto("/inbox");
  await expect(helper.page.locator(".inbox-item", { hasText: "marked your reply as the answer" })).toBeVisible();
  await asker.page.goto("/inbox");
  await expect(asker.page.locator(".inbox-item", { hasText: "Maya Moderator mentioned you." })).not.toHaveClass(/is-unread/);
  await asker.context.close();
  await helper.context.close();
});
