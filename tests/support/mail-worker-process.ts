/**
 * A mail worker in a process of its own, for exactly-once tests across instances:
 *
 *   DATABASE_URL=… SMTP_URL=… MAIL_FROM=… NEXTAUTH_SECRET=… MAIL_NOW=<ISO time> node --import tsx tests/support/mail-worker-process.ts
 *
 * Prints `READY`, waits for a line on stdin (so the test starts both workers together), sends
 * due mail in small batches until none is left, prints `SENT <count>` and exits.
 */
import { once } from "node:events";
import { disconnectDb } from "@/lib/db";
import { sendDueMail } from "@/lib/mail/send-due-mail";
import { closeTransports } from "@/lib/mail/transport";

const now = new Date(process.env.MAIL_NOW ?? Date.now());
console.log("READY");
await once(process.stdin, "data");
let sent = 0;
for (;;) {
  const result = await sendDueMail({ now, batchSize: 2 });
  sent += result.sent;
  if (result.claimed === 0) break;
}
closeTransports();
await disconnectDb();
console.log(`SENT ${sent}`);
process.exit(0);
