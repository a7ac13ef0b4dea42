import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, signIn } from "./helpers";
import { DESKTOP, PHONE, TABLET } from "./ui-touch";

const SHOTS = "test-results/ui";
mkdirSync(SHOTS, { recursive: true });

interface Place {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
}

async function samplePaper(page: Page): Promise<{ id: string; questionId: string }> {
  const { items } = await (await page.request.get("/api/documents")).json();
  const id = items.find((item: { title: string }) => /Social Credit System/.test(item.title)).id;
  const questions = (await (await page.request.get(`/api/documents/${id}/questions`)).json()).items as { id: string }[];
  return { id, questionId: questions[0].id };
}

function places(paper: { id: string; questionId: string }): Place[] {
  const heading = (name: string | RegExp) => async (page: Page) => void (await expect(page.getByRole("heading", { level: 1, name })).toBeVisible());
  return [
    { name: "home", path: "/", ready: heading("Your papers") },
    { name: "reading", path: `/documents/${paper.id}`, ready: async (page) => void (await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true")) },
    { name: "debate", path: `/documents/${paper.id}/debates/${paper.questionId}`, ready: async (page) => void (await expect(page.locator(".question-text")).toBeVisible()) },
    { name: "report", path: `/documents/${paper.id}/report`, ready: async (page) => void (await expect(page.locator(".report h1")).toBeVisible()) },
    { name: "dashboard", path: "/groups/demo/dashboard", ready: async (page) => void (await expect(page.locator(".dashboard-page h1")).toBeVisible()) },
    { name: "groups", path: "/groups", ready: async (page) => void (await expect(page.locator(".groups-page h1")).toBeVisible()) },
    { name: "group", path: "/groups/demo", ready: async (page) => void (await expect(page.locator(".groups-page h1")).toBeVisible()) },
    { name: "settings", path: "/settings", ready: heading("Settings") },
    { name: "inbox", path: "/inbox", ready: heading("Inbox") },
  ];
}

const SIGNED_OUT: Place[] = [
  { name: "sign-in", path: "/sign-in", ready: async (page) => void (await expect(page.getByLabel("Email")).toBeVisible()) },
  { name: "welcome", path: "/", ready: async (page) => void (await expect(page.getByRole("heading", { level: 1 })).toBeVisible()) },
];

const DEVICES = [
  { name: "phone", device: PHONE },
  { name: "tablet", device: TABLET },
  { name: "desktop", device: DESKTOP },
] as const;

async function check(page: Page, label: string, width: number, problems: string[], axe: boolean) {
  const measured = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth, body: document.body.scrollWidth }));
  if (measured.scroll > width || measured.body > width || measured.scroll > measured.inner) problems.push(`${label}: page is ${measured.scroll}px wide in a ${width}px viewport`);
  if (axe) for (const violation of await axeViolations(page)) problems.push(`${label}: ${violation}`);
  await page.screenshot({ path: `${SHOTS}/${label}.png` });
}

for (const { name: deviceName, device } of DEVICES) {
  for (const theme of ["light", "dark"] as const) {
    test(`every page on a ${deviceName}, ${theme}: no horizontal scroll, no serious axe violation, screenshot`, async ({ browser }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ ...device, colorScheme: theme });
      const page = await context.newPage();
      const problems: string[] = [];
      const axe = true;
      for (const place of SIGNED_OUT) {
        await page.goto(place.path);
        await place.ready(page);
        await check(page, `${place.name}-${deviceName}-${theme}`, device.viewport.width, problems, axe);
      }
      await signIn(page, "owner@demo.test");
      const paper = await samplePaper(page);
      for (const place of places(paper)) {
        await page.goto(place.path);
        await place.ready(page);
        await check(page, `${place.name}-${deviceName}-${theme}`, device.viewport.width, problems, axe);
      }
      if (deviceName === "phone") {
        // The header's menu and the panels' sheet, opened.
        await page.goto(`/documents/${paper.id}`);
        await places(paper)[1].ready(page);
        await page.locator(".panel-sheet-open").tap();
        await expect(page.locator("#paper-panels")).toBeVisible();
        await check(page, `reading-sheet-${deviceName}-${theme}`, device.viewport.width, problems, axe);
        await page.getByRole("button", { name: "Close", exact: true }).tap();
        await page.getByRole("button", { name: "Menu" }).tap();
        await expect(page.getByRole("navigation", { name: "Account" })).toBeVisible();
        await check(page, `menu-${deviceName}-${theme}`, device.viewport.width, problems, axe);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
}

test("the theme follows the system, the reader's choice overrides it and is remembered; the text size too", async ({ browser }) => {
  const context = await browser.newContext({ ...DESKTOP, colorScheme: "light" });
  const page = await context.newPage();
  await signIn(page, "reader@demo.test");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe("rgb(251, 250, 247)");
  await page.getByLabel("Colour scheme").selectOption("dark");
  await expect.poll(background).toBe("rgb(26, 25, 23)");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).toBe("rgb(26, 25, 23)");

  const { items } = await (await page.request.get("/api/documents")).json();
  await page.goto(items.find((item: { title: string }) => /Social Credit System/.test(item.title)).url);
  await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  const size = () => page.locator("article.paper-column .ProseMirror").evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  const normal = await size();
  await page.getByRole("button", { name: "Larger text" }).click();
  await page.getByRole("button", { name: "Larger text" }).click();
  await expect.poll(size).toBeGreaterThan(normal * 1.2);
  await page.reload();
  await expect.poll(size).toBeGreaterThan(normal * 1.2);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Colour scheme").selectOption("system");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  await page.getByRole("button", { name: "Smaller text" }).click();
  await page.getByRole("button", { name: "Smaller text" }).click();
  await context.close();
});

test("curly quotes and apostrophes are drawn by the shipped Latin font, CJK by the shipped CJK font", async ({ page }) => {
  await signIn(page, "reader@demo.test");
  const { items } = await (await page.request.get("/api/documents")).json();
  await page.goto(items.find((item: { title: string }) => /Social Credit System/.test(item.title)).url);
  await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  await page.evaluate(() => document.fonts.ready);
  const family = await page.locator("article.paper-column .ProseMirror p").first().evaluate((p) => getComputedStyle(p).fontFamily.split(",")[0].trim().replace(/^["']|["']$/g, ""));
  // The width of "’" in the paper's font: a full-width (CJK) apostrophe is about 1em wide.
  const widths = await page.locator("article.paper-column .ProseMirror p").first().evaluate((p) => {
    const probe = (text: string) => {
      const span = document.createElement("span");
      span.textContent = text;
      p.appendChild(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    };
    return { em: Number.parseFloat(getComputedStyle(p).fontSize), apostrophe: probe("’"), quotes: probe("“”"), han: probe("社") };
  });
  expect(widths.apostrophe).toBeLessThan(widths.em * 0.45);
  expect(widths.quotes).toBeLessThan(widths.em * 0.9);
  expect(widths.han).toBeGreaterThan(widths.em * 0.9);
  const loaded = await page.evaluate(() => [...document.fonts].filter((font) => font.status === "loaded").map((font) => font.family));
  // The paper's first font is a next/font/local face (Source Serif 4's Latin subset), loaded.
  expect(family).toMatch(/serif/i);
  expect(loaded).toContain(family);
  expect(loaded).toContain("Disputatio CJK");
});
