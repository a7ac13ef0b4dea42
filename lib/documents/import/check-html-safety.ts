import sanitizeHtml from "sanitize-html";
import { ImportError } from "./import-error";

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

/**
 * Rejects HTML with active content instead of silently cleaning it: a paper that
 * carries scripts is more likely a mistake or an attack than something to keep, and the
 * person importing it should know. Attributes are read through sanitize-html's parser,
 * so entity-encoded tricks ("jav&#x61;script:") are seen decoded.
 */
export function assertSafeHtml(html: string, source = "HTML"): void {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  let problem: string | undefined;
  if (/<script[\s>/]/i.test(withoutComments)) problem = "a <script> element";
  sanitizeHtml(withoutComments, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      "*": (tagName, attribs) => {
        if (tagName.toLowerCase() === "script") problem ??= "a <script> element";
        for (const [name, value] of Object.entries(attribs)) {
          if (/^on/i.test(name)) problem ??= `an inline event handler (${name.toLowerCase()})`;
          else if (URL_ATTRIBUTES.has(name.toLowerCase()) && isScriptUrl(value)) problem ??= "a javascript: URL";
        }
        return { tagName, attribs };
      },
    },
  });
  if (problem) {
    throw new ImportError(
      "unsafe_html",
      `The ${source} contains ${problem}, which could run code in readers' browsers. Remove it and import the file again.`,
    );
  }
}
