/**
 * Mail benchmarks, run on their own (not part of `npm test` nor yet of `npm run bench`):
 *
 *   DATABASE_URL=postgresql://…/an_existing_migrated_db NEXTAUTH_SECRET=… npx tsx bench/mail-delivery.ts
 *
 * 1. What queuing mail adds to posting a reply: addReply with mail off (the baseline) and on,
 *    interleaved in the same run. 2. Throughput of the worker into a real SMTP server on
 *    loopback (smtp-server, parsing every message): one worker, then two, on the same number
 *    of mails. Prints medians, ratios and the load.
 */
import os from "node:os";
import { db, disconnectDb } from "@/lib/db";
import { addReply } from "@/lib/threads";
import { sendDueMail } from "@/lib/mail";
import { closeTransports } from "@/lib/mail/transport";
import { actorFor } from "@/tests/support/threads-world";
import { addMember, createGroup, createUser, importPaper } from "@/tests/support/factories";
import { startMailCatcher } from "@/tests/support/mail-harness";
import { median, ms } from "./stats";

const REPLIES = 200;
const MAILS = 300;

async function main() {
  process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef";
  const catcher = await startMailCatcher();
  const smtpUrl = `smtp://127.0.0.1:${catcher.port}`;
  process.env.MAIL_FROM = "Disputatio <bench@disputatio.test>";
  const group = await createGroup();
  const paper = await importPaper(group.id);
  const writer = actorFor(await createUser({ name: "Writer" }));
  const replier = actorFor(await createUser({ name: "Replier" }));
  await addMember(group.id, writer.userId, "participant");
  await addMember(group.id, replier.userId, "participant");
  const note = await db().annotation.create({ data: { documentId: paper.id, authorId: writer.userId, kind: "comment", body: "Note", tags: [], quote: "first paragraph", prefix: "", suffix: "", start: 16, end: 31 } });
  await db().mailOutbox.updateMany({ where: { status: { in: ["pending", "sending"] } }, data: { status: "skipped", skipReason: "bench reset" } });

  const off: number[] = [];
  const on: number[] = [];
  for (let i = 0; i < REPLIES + 20; i += 1) {
    const mailOn = i % 2 === 1;
    if (mailOn) process.env.SMTP_URL = smtpUrl;
    else delete process.env.SMTP_URL;
    const t0 = performance.now();
    await addReply(replier, note.id, { body: `Reply ${i}` });
    const took = performance.now() - t0;
    if (i >= 20) (mailOn ? on : off).push(took);
  }
  process.env.SMTP_URL = smtpUrl;
  console.log(`addReply, mail off (baseline): median ${ms(median(off))} ms over ${off.length}`);
  console.log(`addReply, mail on (queues the mail): median ${ms(median(on))} ms over ${on.length}; ratio ${(median(on) / median(off)).toFixed(2)}`);

  const now = new Date(Date.now() + 3600_000);
  const queue = async () => {
    await db().mailOutbox.updateMany({ where: { status: { in: ["pending", "sending"] } }, data: { status: "skipped", skipReason: "bench reset" } });
    const items = await db().inboxItem.findMany({ where: { userId: writer.userId }, select: { id: true }, take: MAILS });
    await db().inboxItem.updateMany({ where: { userId: writer.userId }, data: { readAt: null } });
    await db().mailOutbox.createMany({ data: items.map((item) => ({ userId: writer.userId, kind: "replies", inboxItemId: item.id, dueAt: new Date() })) });
    catcher.clear();
    return items.length;
  };
  const drain = async () => {
    let sent = 0;
    for (;;) {
      const result = await sendDueMail({ now, batchSize: 20 });
      sent += result.sent;
      if (result.claimed === 0) return sent;
    }
  };
  for (const workers of [1, 2, 1, 2]) {
    const count = await queue();
    const t0 = performance.now();
    const sent = (await Promise.all(Array.from({ length: workers }, drain))).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`${workers} worker(s): ${sent}/${count} mails in ${seconds.toFixed(2)} s = ${(sent / seconds).toFixed(1)} mails/s (received ${catcher.received.length})`);
  }
  console.log(`load (1/5/15 min): ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}; ${os.cpus().length} cores`);
  closeTransports();
  await catcher.close();
  await disconnectDb();
}

await main();
