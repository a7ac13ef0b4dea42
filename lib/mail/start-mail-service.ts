import { db } from "@/lib/db";
import { mailConfig, type MailConfig } from "./config";
import { enqueueDueDigests } from "./enqueue-due-digests";
import { startInboundServer, type InboundServer } from "./inbound-server";
import { sendDueMail } from "./send-due-mail";
import { sweepDebates } from "./sweep-debates";
import { closeTransports } from "./transport";

const POLL_MS = 5_000;
// Digests and debate sweeps scan memberships and questions: once a minute is plenty.
const SCAN_MS = 60_000;
const KEEP_DONE_MS = 30 * 24 * 3600_000;

export interface MailService {
  /** One pass now (tests; the loop calls the same). */
  tick(): Promise<void>;
  inboundPort: number | null;
  stop(): Promise<void>;
}

/**
 * Runs with the server: a loop that closes due debates, queues digests and "closes soon"
 * notices, and sends due mail; and the receiving server for replies when INBOUND_SMTP_PORT is
 * set. Any number of instances may run it at once (see sendDueMail). stop() lets the pass
 * in flight finish, so a SIGTERM never cuts a mail between sending and recording it.
 */
export async function startMailService(options: { log?: (line: string) => void; config?: MailConfig; pollMs?: number } = {}): Promise<MailService> {
  const config = options.config ?? mailConfig();
  const log = options.log ?? ((line: string) => console.log(line));
  let inbound: InboundServer | null = null;
  if (config.inboundPort !== null) {
    inbound = await startInboundServer({ port: config.inboundPort, log });
    log(`mail: receiving replies by e-mail on port ${inbound.port}`);
  }

  let running: Promise<void> | null = null;
  let stopped = false;
  let lastScan = 0;
  const pass = async () => {
    // Mail off: nothing to send, and debates keep closing lazily on access as before.
    if (config.mode === "off") return;
    if (Date.now() - lastScan >= SCAN_MS) {
      lastScan = Date.now();
      await sweepDebates({ config });
      await enqueueDueDigests({ config });
    }
    for (let round = 0; round < 10; round += 1) {
      const result = await sendDueMail({ config, log });
      if (result.claimed < 20 || stopped) break;
    }
    await db().mailOutbox.deleteMany({ where: { status: { in: ["sent", "skipped"] }, createdAt: { lt: new Date(Date.now() - KEEP_DONE_MS) } } });
  };
  const tick = (): Promise<void> => {
    if (running) return running;
    running = pass()
      .catch((error) => log(`mail: worker pass failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = config.mode === "off" ? null : setInterval(() => void tick(), options.pollMs ?? POLL_MS);
  timer?.unref();
  if (config.mode !== "off") log(config.mode === "smtp" ? "mail: sending e-mail through SMTP_URL" : "mail: SMTP_URL is not set; e-mails are printed to this log (demo)");

  return {
    tick,
    inboundPort: inbound?.port ?? null,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
      await inbound?.close();
      closeTransports();
    },
  };
}
