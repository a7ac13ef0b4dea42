import nodemailer, { type Transporter } from "nodemailer";
import type { MailConfig } from "./config";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  replyTo?: string;
  /** The envelope sender, where delivery reports go; the From address when unset. */
  envelopeFrom?: string;
  headers: Record<string, string>;
}

/** Delivers one mail; throws on failure (with nodemailer's `responseCode` when the server answered). */
export type Deliver = (mail: OutgoingMail) => Promise<{ response: string }>;

const cache = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transport = cache.get(url);
  if (!transport) {
    // One pooled connection reused across mails (a new connection per mail cost most of the
    // time per mail); timeouts well inside the worker's lease, so a hung server cannot make a
    // mail go twice. Settings in the URL's query win over these.
    transport = nodemailer.createTransport({ url, pool: true, maxConnections: 1, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as never);
    cache.set(url, transport);
  }
  return transport;
}

/**
 * SMTP through SMTP_URL; in `log` mode (the embedded demo without SMTP_URL) each mail is
 * printed to the server log instead, headers and plain text, so the demo shows what would go out.
 */
export function deliverFor(config: MailConfig, log: (line: string) => void = (line) => console.log(line)): Deliver {
  if (config.mode === "smtp" && config.smtpUrl) {
    const transport = smtpTransport(config.smtpUrl);
    return async ({ envelopeFrom, ...mail }) => {
      const info = await transport.sendMail({ from: config.from, ...mail, ...(envelopeFrom ? { envelope: { from: envelopeFrom, to: mail.to } } : {}) });
      return { response: String(info.response ?? "") };
    };
  }
  return async (mail) => {
    const headers = Object.entries(mail.headers).map(([name, value]) => `${name}: ${value}`);
    log(["[mail] ----", `To: ${mail.to}`, `From: ${config.from}`, `Subject: ${mail.subject}`, ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []), ...headers, "", mail.text, "[mail] ----"].join("\n"));
    return { response: "printed to the log" };
  };
}

/** Closes cached SMTP connections (tests, shutdown). */
export function closeTransports(): void {
  for (const transport of cache.values()) transport.close();
  cache.clear();
}
