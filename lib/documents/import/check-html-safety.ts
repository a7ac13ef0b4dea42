import sanitizeHtml from "sanitize-html";
import type { ImportNotice } from "./blocks";

const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "background",
  "poster",
  "cite",
  "ping",
  "srcset",
]);

export function isScriptUrl(url: string): boolean {
  // Browsers ignore whitespace and control characters inside a URL's scheme.
  const compact = url.replace(/[\s\u0000-\u001f\u007f]/g, "").toLowerCase();
  return /^(?:javascript|vbscript|livescript):/.test(compact) || compact.startsWith("data:text/html");
}

/** What stripActiveContent took out, for the import summary. */
export interface RemovedActiveContent {
  scripts: number;
  handlers: number;
  urls: number;
}

export function noneRemoved(): RemovedActiveContent {
  return { scripts: 0, handlers: 0, urls: 0 };
}

export function addRemoved(total: RemovedActiveContent, more: RemovedActiveContent): void {
  total.scripts += more.scripts;
  total.handlers += more.handlers;
  total.urls += more.urls;
}

/**
 * Removes active content and keeps everything else: <script> elements with their
 * content, inline event handlers (on*), and javascript:/vbscript:/data:text/html URLs.
 * A saved web page nearly always carries scripts; the paper in it is still worth reading,
 * so they are cleaned away and counted instead of refusing the page. Attributes are read
 * through sanitize-html's parser, so entity-encoded tricks ("jav&#x61;script:") are seen
 * decoded. Nothing downstream renders HTML: the result is only read into blocks.
 */
export function stripActiveContent(html: string): { html: string; removed: RemovedActiveContent } {
  const removed = noneRemoved();
  const clean = sanitizeHtml(html.replace(/<!--[\s\S]*?-->/g, ""), {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    exclusiveFilter: (frame) => {
      if (frame.tag.toLowerCase() !== "script") return false;
      removed.scripts += 1;
      return true;
    },
    transformTags: {
      "*": (tagName, attribs) => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(attribs)) {
          const lower = name.toLowerCase();
          if (/^on/.test(lower)) removed.handlers += 1;
          else if (lower === "srcdoc" || (URL_ATTRIBUTES.has(lower) && isScriptUrl(value))) removed.urls += 1;
          else kept[name] = value;
        }
        return { tagName, attribs: kept };
      },
    },
  });
  return { html: clean, removed };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The import notices for what was removed; none when nothing was. */
export function activeContentNotices(removed: RemovedActiveContent): ImportNotice[] {
  const notices: ImportNotice[] = [];
  if (removed.scripts > 0) {
    notices.push({ code: "removed_scripts", count: removed.scripts, message: `Removed ${plural(removed.scripts, "script", "scripts")}.` });
  }
  if (removed.handlers > 0) {
    notices.push({
      code: "removed_event_handlers",
      count: removed.handlers,
      message: `Removed ${plural(removed.handlers, "inline event handler", "inline event handlers")}.`,
    });
  }
  if (removed.urls > 0) {
    notices.push({
      code: "removed_unsafe_urls",
      count: removed.urls,
      message: `Removed ${plural(removed.urls, "link or source that could run code", "links or sources that could run code")} (javascript: and similar URLs).`,
    });
  }
  return notices;
}
