/**
 * Mail bodies are built from a small list of blocks, rendered twice: as plain text and as
 * HTML. Every piece of text, from members or not, is escaped on the HTML side; links are only
 * ever the app's own URLs, built by the caller.
 */
export type Block =
  | { type: "text"; text: string }
  | { type: "quote"; text: string }
  | { type: "heading"; text: string }
  | { type: "list"; items: { text: string; url?: string }[] }
  | { type: "button"; label: string; url: string };

export interface MailContent {
  subject: string;
  blocks: Block[];
  /** Why the member receives this, and how to stop it (the unsubscribe and Settings links). */
  footer: { reason: string; unsubscribeUrl: string | null; settingsUrl: string; replyHint?: string };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;").replace(/'/gu, "&#39;");
}

/** Subject lines are one line, without control characters (no header injection). */
export function oneLine(text: string, max = 160): string {
  const line = text.replace(/[\u0000-\u001f\u007f]+/gu, " ").replace(/\s+/gu, " ").trim();
  const points = Array.from(line);
  return points.length <= max ? line : `${points.slice(0, max - 1).join("").trimEnd()}…`;
}

function textBlock(block: Block): string {
  switch (block.type) {
    case "text":
      return block.text;
    case "heading":
      return `${block.text}\n${"-".repeat(Math.min(60, Array.from(block.text).length))}`;
    case "quote":
      return block.text
        .split("\n")
        .map((line) => `| ${line}`)
        .join("\n");
    case "list":
      return block.items.map((item) => `- ${item.text}${item.url ? `\n  ${item.url}` : ""}`).join("\n");
    case "button":
      return `${block.label}: ${block.url}`;
  }
}

const STYLE = {
  body: "font-family:Georgia,'Times New Roman',serif;color:#1f2933;line-height:1.5;max-width:38rem;margin:0 auto;padding:1rem",
  quote: "border-left:3px solid #c7a46a;margin:0.75rem 0;padding:0.25rem 0.75rem;color:#3e4c59;white-space:pre-wrap",
  button: "display:inline-block;background:#1d4ed8;color:#ffffff;padding:0.5rem 1rem;border-radius:4px;text-decoration:none",
  footer: "font-size:0.85rem;color:#616e7c;border-top:1px solid #e4e7eb;margin-top:1.5rem;padding-top:0.75rem",
};

function htmlBlock(block: Block): string {
  switch (block.type) {
    case "text":
      return `<p style="white-space:pre-wrap">${escapeHtml(block.text)}</p>`;
    case "heading":
      return `<h2 style="font-size:1.1rem;margin:1.25rem 0 0.5rem">${escapeHtml(block.text)}</h2>`;
    case "quote":
      return `<blockquote style="${STYLE.quote}">${escapeHtml(block.text)}</blockquote>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${item.url ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}</li>`).join("")}</ul>`;
    case "button":
      return `<p><a href="${escapeHtml(block.url)}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p>`;
  }
}

export function renderText(content: MailContent): string {
  const { footer } = content;
  const lines = [
    ...content.blocks.map(textBlock),
    "--",
    ...(footer.replyHint ? [footer.replyHint] : []),
    footer.reason,
    ...(footer.unsubscribeUrl ? [`Stop these e-mails: ${footer.unsubscribeUrl}`] : []),
    `All e-mail settings: ${footer.settingsUrl}`,
  ];
  return `${lines.join("\n\n")}\n`;
}

export function renderHtml(content: MailContent): string {
  const { footer } = content;
  const foot = [
    ...(footer.replyHint ? [`<p>${escapeHtml(footer.replyHint)}</p>`] : []),
    `<p>${escapeHtml(footer.reason)}</p>`,
    `<p>${footer.unsubscribeUrl ? `<a href="${escapeHtml(footer.unsubscribeUrl)}">Stop these e-mails</a> · ` : ""}<a href="${escapeHtml(footer.settingsUrl)}">All e-mail settings</a></p>`,
  ].join("");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head><body><div style="${STYLE.body}">${content.blocks.map(htmlBlock).join("")}<div style="${STYLE.footer}">${foot}</div></div></body></html>`;
}
