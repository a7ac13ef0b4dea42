import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "./helpers";

const FLAGGED = "China is not the only country using AI for surveillance or monitoring purposes.";
const ANSWERED = "SCS-state surveillance and control.";

/** The sample paper's id and a passage of it, through the API with the page's session. */
async function samplePaper(page: Page) {
  const list = await (await page.request.get("/api/documents")).json();
  const paper = list.items.find((item: { title: string }) => /Social Credit System/.test(item.title));
  const detail = await (await page.request.get(`/api/documents/${paper.id}`)).json();
  return { id: paper.id as string, text: detail.plainText as string };
}

async function annotate(page: Page, quote: string, body: string) {
  const { id, text } = await samplePaper(page);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  const response = await page.request.post(`/api/documents/${id}/annotations`, { data: { kind: "comment", body, anchor: { start, end: start + quote.length, quote } } });
  expect(response.status()).toBe(201);
  return { documentId: id, annotationId: (await response.json()).id as string };
}

function openCard(page: Page, documentId: string, annotationId: string) {
  return page.goto(`/documents/${documentId}?annotation=${annotationId}`).then(async () => {
    const card = page.locator(`article.annotation-card[data-annotation-card="${annotationId}"]`);
    await expect(card.locator(".card-details")).toBeVisible();
    return card;
  });
}

test("a moderator's open dashboard shows a participant's flag within seconds, hides it from there, and counts without ranking", async ({ browser }) => {
  const moderator = await pageAs(browser, "moderator@demo.test");
  const reader = await pageAs(browser, "reader@demo.test");
  const author = await pageAs(browser, "author@demo.test");

  // The group page links moderators to the dashboard, which is already open when the flag comes.
  await moderator.page.goto("/groups/demo");
  await moderator.page.getByRole("link", { name: "Open the moderator dashboard" }).click();
  await expect(moderator.page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(moderator.page.getByText("Counts, not scores: Disputatio never rates people.")).toBeVisible();

  const body = `Resistance is pointless, everyone is watched anyway (${Date.now()}).`;
  const flagged = await annotate(author.page, FLAGGED, body);
  const card = await openCard(reader.page, flagged.documentId, flagged.annotationId);
  await card.getByRole("button", { name: "Flag", exact: true }).click();
  await card.getByLabel("Why should a moderator look at this? (optional)").fill("Defeatist and off topic.");
  await card.getByRole("button", { name: "Flag for moderators" }).click();
  await expect(reader.page.getByText("Flagged for the moderators.")).toBeVisible();

  // No reload: the dashboard polls.
  const queued = moderator.page.locator(`.queue-item[data-flag-target="${flagged.annotationId}"]`);
  await expect(queued).toBeVisible({ timeout: 15_000 });
  await expect(queued).toContainText(body);
  await expect(queued).toContainText("Defeatist and off topic.");
  await expect(queued).toContainText("1 flag");
  await expect(queued.getByRole("link", { name: "Open the passage" })).toHaveAttribute("href", `/documents/${flagged.documentId}?annotation=${flagged.annotationId}`);
  await moderator.page.screenshot({ path: "/tmp/dash/dashboard-flag.png", fullPage: true });

  await queued.getByRole("button", { name: "Hide" }).click();
  await queued.getByLabel("Why hide it? The author is told.").fill("Off topic for this seminar.");
  await queued.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(moderator.page.getByText("Hidden; its flags are resolved.")).toBeVisible();
  await expect(queued).toHaveCount(0);
  await expect(moderator.page.getByText(/Recently hidden \(\d+\)/)).toBeVisible();
  expect((await (await author.page.request.get(`/api/annotations/${flagged.annotationId}`)).json()).hidden).toEqual({ reason: "Off topic for this seminar." });

  // Participation: plain counts, by name, nothing that ranks.
  const table = moderator.page.locator("table.participation-table");
  await expect(table.locator("thead th")).toHaveText(["Member", "Annotations", "Replies", "Stances", "Arguments", "Ratings given"]);
  const names = (await table.locator("tbody th .person").allTextContents()).map((name) => name.trim());
  expect(names.length).toBeGreaterThanOrEqual(5);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  // The table itself (not members' own words elsewhere on the page) has nothing that ranks.
  await expect(table).not.toContainText(/\b(score|rank|grade|leaderboard)\b/i, { ignoreCase: true });
  await moderator.page.screenshot({ path: "/tmp/dash/dashboard.png", fullPage: true });

  await Promise.all([moderator.context.close(), reader.context.close(), author.context.close()]);
});

test("an author answers as author, and another member sees the Author badge", async ({ browser }) => {
  const reader = await pageAs(browser, "reader@demo.test");
  const author = await pageAs(browser, "author@demo.test");
  const question = await annotate(reader.page, ANSWERED, `Which state surveillance do the authors mean here? (${Date.now()})`);

  const card = await openCard(author.page, question.documentId, question.annotationId);
  await card.getByLabel("Reply to the thread").fill("We mean the central government's programmes; section 3 spells it out.");
  await card.getByLabel(/Answer as author/).check();
  await card.getByRole("button", { name: "Reply", exact: true }).last().click();
  const mine = card.locator("li.reply").filter({ hasText: "section 3 spells it out" });
  await expect(mine.locator(".badge-author")).toHaveText("Author");

  const seen = await openCard(reader.page, question.documentId, question.annotationId);
  const reply = seen.locator("li.reply").filter({ hasText: "section 3 spells it out" });
  await expect(reply.locator(".badge-author")).toHaveText("Author");
  // Only authors are offered the choice.
  await expect(seen.getByLabel(/Answer as author/)).toHaveCount(0);
  await reader.page.screenshot({ path: "/tmp/dash/author-badge.png" });

  await Promise.all([reader.context.close(), author.context.close()]);
});

test("an author marks a claim revised in the text; members see the badge on the card and in the Claims tab", async ({ browser }) => {
  const reader = await pageAs(browser, "reader@demo.test");
  const author = await pageAs(browser, "author@demo.test");
  const { id, text } = await samplePaper(reader.page);
  const quote = "China is not the only country";
  const start = text.indexOf(quote);
  const created = await reader.page.request.post(`/api/documents/${id}/annotations`, { data: { kind: "claim", body: `Only China does this (${Date.now()}).`, anchor: { start, end: start + quote.length, quote } } });
  const claimId = (await created.json()).id as string;

  const card = await openCard(author.page, id, claimId);
  await card.getByRole("button", { name: "Mark revised in text" }).click();
  await card.getByLabel("Link to the revision").fill("https://example.org/draft-2#section-2");
  await card.getByLabel("Note (optional)").fill("Now says “one of several countries”.");
  await card.getByRole("button", { name: "Mark revised" }).click();
  await expect(card.locator(".claim-revision .badge-revised")).toBeVisible();

  const seen = await openCard(reader.page, id, claimId);
  await expect(seen.locator(".claim-revision")).toContainText("Now says “one of several countries”.");
  await expect(seen.getByRole("button", { name: "Mark revised in text" })).toHaveCount(0);
  await reader.page.getByRole("tab", { name: /Claims/ }).click();
  const inTab = reader.page.locator(`ol[aria-label="Claims"] article.annotation-card[data-annotation-card="${claimId}"]`);
  await expect(inTab.locator(".card-head .badge-revised")).toHaveAttribute("href", "https://example.org/draft-2#section-2");
  await reader.page.screenshot({ path: "/tmp/dash/revised.png" });

  await Promise.all([reader.context.close(), author.context.close()]);
});
