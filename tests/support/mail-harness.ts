import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll } from "vitest";
import { db } from "@/lib/db";
import { closeTransports } from "@/lib/mail/transport";

export interface ReceivedMail {
  to: string[];
  from: string | null;
  parsed: ParsedMail;
  header(name: string): string;
}

/**
 * A real SMTP server on port 0 that receives what the app's nodemailer sends, each message
 * parsed with mailparser. `refuseNext(code)` makes the next deliveries fail with that reply.
 */
export async function startMailCatcher() {
  const received: ReceivedMail[] = [];
  const refusals: { code: number; message: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const refusal = refusals.shift();
          if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            parsed,
            // The raw header value (mailparser folds List-* headers into an object).
            header: (name) => {
              const line = parsed.headerLines.find((entry) => entry.key === name.toLowerCase())?.line ?? "";
              return line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/gu, " ").trim();
            },
          });
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    to: (email: string) => received.filter((mail) => mail.to.includes(email)),
    refuseNext(count: number, code: number, message = "Try again later") {
      for (let index = 0; index < count; index += 1) refusals.push({ code, message });
    },
    clear() {
      received.length = 0;
      refusals.length = 0;
    },
    // The app's pooled SMTP connections are closed first, or the server would wait for them.
    close: () => {
      closeTransports();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type MailCatcher = Awaited<ReturnType<typeof startMailCatcher>>;

/**
 * Points the app's mail settings at the catcher (read from the environment on each use), and
 * puts the environment back after the file, so no other suite runs with mail on.
 */
export function useCatcherEnv(catcher: MailCatcher, extra: Record<string, string> = {}) {
  const values: Record<string, string> = {
    SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    MAIL_FROM: "Disputatio <notify@disputatio.test>",
    NEXTAUTH_URL: "http://app.disputatio.test",
    MAIL_DELAY_SECONDS: "600",
    ...extra,
  };
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}

/** Every row still waiting from an earlier test is set aside, so a pass sends only this test's mail. */
export async function clearOutbox() {
  await db().mailOutbox.updateMany({ where: { status: { in: ["pending", "sending"] } }, data: { status: "skipped", skipReason: "test reset" } });
}

export const minutesFrom = (minutes: number, from = new Date()) => new Date(from.getTime() + minutes * 60_000);

/** Sends a message to an SMTP server as a member's mail client would, through nodemailer. */
export async function sendMail(port: number, message: { from: string; envelopeFrom?: string; to: string; subject?: string; text: string; headers?: Record<string, string> }) {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail({
      from: message.from,
      to: message.to,
      subject: message.subject ?? "Re: your notification",
      text: message.text,
      headers: message.headers,
      envelope: { from: message.envelopeFrom ?? message.from, to: message.to },
    });
  } finally {
    transport.close();
  }
}
