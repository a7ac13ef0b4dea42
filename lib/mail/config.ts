import { z } from "zod";

/**
 * How mail goes out: `smtp` through SMTP_URL; `log` on the embedded demo database without
 * SMTP_URL (each mail is printed to the server log); `off` otherwise: nothing is queued.
 */
export type MailMode = "smtp" | "log" | "off";

export interface MailConfig {
  mode: MailMode;
  smtpUrl: string | null;
  /** The From header, e.g. `Disputatio <disputatio@example.org>`. */
  from: string;
  /** The domain of reply addresses (`reply+<secret>@domain`) and Message-IDs. */
  domain: string;
  /** Where links in mails point: the app's public URL, no trailing slash. */
  appUrl: string;
  /** A notification waits this long; read in the app meanwhile, it is not mailed. */
  delayMs: number;
  /** Port of the built-in receiving server for replies; null: not started. */
  inboundPort: number | null;
}

const DEFAULT_DELAY_SECONDS = 600;

const env = z.object({
  SMTP_URL: z.string().trim().optional(),
  MAIL_FROM: z.string().trim().optional(),
  MAIL_REPLY_DOMAIN: z.string().trim().optional(),
  MAIL_DELAY_SECONDS: z.coerce.number().int().min(0).max(7 * 24 * 3600).optional(),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  NEXTAUTH_URL: z.string().trim().optional(),
  PORT: z.string().optional(),
  DISPUTATIO_EMBEDDED_DATABASE: z.string().optional(),
});

/** The address part of a From header ("Name <a@b>" or "a@b"). */
export function addressOf(from: string): string {
  const match = /<([^>]+)>/u.exec(from);
  return (match ? match[1] : from).trim();
}

/** Reads the environment each call (cheap), so tests and the CLI see changes. */
export function mailConfig(source: Record<string, string | undefined> = process.env): MailConfig {
  const parsed = env.safeParse(source);
  const values = parsed.success ? parsed.data : {};
  const smtpUrl = values.SMTP_URL || null;
  const from = values.MAIL_FROM || "Disputatio <disputatio@localhost>";
  const mode: MailMode = smtpUrl && values.MAIL_FROM ? "smtp" : !smtpUrl && values.DISPUTATIO_EMBEDDED_DATABASE === "1" ? "log" : "off";
  const fromDomain = addressOf(from).split("@")[1] ?? "localhost";
  return {
    mode,
    smtpUrl,
    from,
    domain: values.MAIL_REPLY_DOMAIN || fromDomain,
    appUrl: (values.NEXTAUTH_URL || `http://localhost:${values.PORT ?? 3000}`).replace(/\/+$/u, ""),
    delayMs: (values.MAIL_DELAY_SECONDS ?? DEFAULT_DELAY_SECONDS) * 1000,
    inboundPort: values.INBOUND_SMTP_PORT ?? null,
  };
}

/** One sentence for Settings about whether and how mail is sent. */
export function describeMailMode(config: MailConfig = mailConfig()): string {
  switch (config.mode) {
    case "smtp":
      return `E-mail is on: mails are sent from ${addressOf(config.from)}.`;
    case "log":
      return "E-mail is not configured (SMTP_URL and MAIL_FROM are not set). On this demo server the mails are printed in the server's log instead of being sent.";
    case "off":
      return "E-mail is off on this server: the administrator has not set SMTP_URL and MAIL_FROM. Your choices below are kept for when it is turned on.";
  }
}
