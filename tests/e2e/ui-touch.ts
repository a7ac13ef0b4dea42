import { devices, type Browser, type CDPSession, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/** Playwright's phone and tablet descriptors, run in Chromium (the descriptor's own browser is dropped). */
function descriptor(name: string) {
  const { defaultBrowserType: _browser, ...rest } = devices[name];
  return rest;
}
export const PHONE = descriptor("Pixel 7");
export const TABLET = descriptor("iPad Pro 11");
export const DESKTOP = { viewport: { width: 1440, height: 900 } };

export async function deviceAs(browser: Browser, device: object, email: string, options: { colorScheme?: "light" | "dark" } = {}) {
  const context = await browser.newContext({ ...device, ...options });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Raw touch input through the DevTools protocol: long presses and drags that tap() cannot do. */
export class Finger {
  private constructor(private readonly cdp: CDPSession) {}
  static async on(page: Page) {
    return new Finger(await page.context().newCDPSession(page));
  }
  down(...points: { x: number; y: number }[]) {
    return this.cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points.map((p, id) => ({ ...p, id })) });
  }
  move(...points: { x: number; y: number }[]) {
    return this.cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points.map((p, id) => ({ ...p, id })) });
  }
  up() {
    return this.cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  }
}

/** The centre of a word in the paper (in the viewport), scrolled into view first. */
export async function wordInPaper(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((target) => {
    const root = document.querySelector("article.paper-column .paper-body")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.search(new RegExp(`\\b${target}\\b`));
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`"${target}" is not in the paper`);
  }, word);
}
