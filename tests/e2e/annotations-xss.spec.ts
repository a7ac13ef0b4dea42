import { expect, test, type APIRequestContext } from "@playwright/test";
import { openSamplePaper, pageAs } from "./helpers";

/**
 * Script and HTML in bodies, tags, stance reasons, evidence and replies are stored as written
 * and must render inert: no dialog, no global set by a payload, no live markup.
 */
const PAYLOADS = [
  "<script>window.__xss = 1; alert(1)</script>",
  '<img src="x" onerror="window.__xss = 2; alert(2)">',
  "[click me](javascript:window.__xss=3)",
  "[click me](JaVaScRiPt:alert(4))",
  '<svg onload="window.__xss = 5"><circle r="1"/></svg>',
  '<iframe srcdoc="<script>parent.__xss = 6</script>"></iframe>',
  '<div style="width: expression(window.__xss = 7); background: url(javascript:window.__xss=7)">styled</div>',
  "&lt;script&gt;window.__xss = 8&lt;/script&gt; &#60;img src=x onerror=alert(8)&#62;",
  '"><script>window.__xss = 9</script>',
  "[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTA8L3NjcmlwdD4=)",
  '<a href="javascript:window.__xss=11">plain link</a>',
  '<details open ontoggle="window.__xss = 12">toggle</details>',
  '![image](x" onerror="window.__xss=13)',
  '<object data="javascript:window.__xss=14"></object><embed src="javascript:window.__xss=14">',
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=15></style></mglyph></table></mtext></math>",
  "<body onload=window.__xss=16>",
  '<a href="&#106;avascript:window.__xss=17">entity link</a>',
  "`<script>window.__xss = 18</script>` and ```\n<img src=x onerror=window.__xss=18>\n```",
  '<form action="javascript:window.__xss=19"><button>go</button></form>',
  "<marquee onstart=window.__xss=20>moving</marquee>",
];

async function passages(request: APIRequestContext, documentId: string, count: number) {
  const { plainText } = (await (await request.get(`/api/documents/${documentId}`)).json()) as { plainText: string };
  const found: { start: number; end: number; quote: string }[] = [];
  for (let start = 3_000; found.length < count && start < plainText.length - 40; start += 211) {
    const quote = plainText.slice(start, start + 24);
    if (!/[\n\uD800-\uDFFF]/.test(quote) && quote.trim() === quote) found.push({ start, end: start + quote.length, quote });
  }
  expect(found).toHaveLength(count);
  return found;
}

test("a corpus of script and HTML payloads in bodies, tags, reasons and replies renders inert", async ({ browser }) => {
  // Some 80 API calls and 20 cards opened one by one: 25 s on a quiet machine, over a minute on a busy one.
  test.setTimeout(150_000);
  const { context, page } = await pageAs(browser, "reader@demo.test");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openSamplePaper(page);
  const documentId = page.url().split("/documents/")[1].split(/[?#]/)[0];
  const anchors = await passages(page.request, documentId, PAYLOADS.length);

  const ids: string[] = [];
  for (const [index, payload] of PAYLOADS.entries()) {
    const response = await page.request.post(`/api/documents/${documentId}/annotations`, {
      data: { kind: "claim", body: payload, tags: [payload.slice(0, 50), `xss-${index}`], visibility: "group", anchor: anchors[index] },
    });
    expect(response.status(), await response.text()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    ids.push(id);
    const stance = await page.request.put(`/api/annotations/${id}/stance`, {
      data: { value: "contested", reason: payload, evidence: [{ type: "url", url: `https://example.org/?q=${encodeURIComponent(payload)}` }] },
    });
    expect(stance.status(), await stance.text()).toBe(200);
    const reply = await page.request.post(`/api/annotations/${id}/replies`, { data: { body: payload } });
    expect(reply.status(), await reply.text()).toBe(201);
  }

  await page.reload();
  await expect(page.locator("article.paper-column")).toHaveAttribute("data-synced", "true");
  const inert = () =>
    page.evaluate(() => {
      const root = document.querySelector("#panel-annotations")!;
      // Where members' text is shown: rendered Markdown, tags, quotes, evidence, names.
      const shown = root.querySelectorAll(".markdown, .tags, .card-quote, .evidence-list, .person, .hidden-reason");
      const live = [...shown].flatMap((container) => [...container.querySelectorAll("script, iframe, object, embed, svg, img, math, details, style, marquee, body, form, input, button")]);
      const scripts = root.querySelectorAll("script, iframe, object, embed");
      // Rendered Markdown holds only the sanitiser's small allow-list of tags.
      const allowed = new Set(["P", "BR", "STRONG", "EM", "DEL", "CODE", "PRE", "BLOCKQUOTE", "UL", "OL", "LI", "A", "H3", "H4", "HR"]);
      const foreign = [...root.querySelectorAll(".markdown *")].map((element) => element.tagName).filter((tag) => !allowed.has(tag));
      const handlers = [...root.querySelectorAll("*")].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith("on")));
      const links = [...root.querySelectorAll<HTMLAnchorElement>("a[href]")].map((a) => a.getAttribute("href") ?? "").filter((href) => !/^(https?:|mailto:|\/)/i.test(href));
      return { live: live.length + scripts.length, foreign, handlers: handlers.length, links, xss: (window as unknown as { __xss?: unknown }).__xss ?? null };
    });
  const clean = { live: 0, foreign: [], handlers: 0, links: [], xss: null };

  // Open each claim: its body, tags, stance reason, evidence and reply all render.
  for (const id of ids) {
    const card = page.locator(`#panel-annotations [data-annotation-card="${id}"]`);
    await card.locator("blockquote").click();
    await expect(card.locator(".stance-side-contested > ul > li")).toHaveCount(1);
    await expect(card.locator(".replies > li")).toHaveCount(1);
    expect(await inert()).toEqual(clean);
  }

  // Shown as text, never run.
  const panel = page.locator("#panel-annotations");
  await expect(panel).toContainText("<script>window.__xss = 1; alert(1)</script>");
  await expect(panel.locator(".tag", { hasText: '<img src="x" onerror="window.__xss = 2;' }).first()).toBeVisible();
  await expect(panel).toContainText('"><script>window.__xss = 9</script>');
  expect(await inert()).toEqual(clean);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: "test-results/annotations-xss.png" });
  await context.close();
});
