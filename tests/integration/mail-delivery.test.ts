import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { backoffMs, mailConfig, MAX_ATTEMPTS, sendDueMail, startMailService } from "@/lib/mail";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";
import { clearOutbox, minutesFrom, startMailCatcher, useCatcherEnv, type MailCatcher } from "../support/mail-harness";

/** Inbox items with their mail queued, due now, as notify() leaves them (written straight to the tables). */
async function queue(count: number) {
  const group = await createGroup();
  const paper = await importPaper(group.id);
  const author = await createUser({ name: "Writer" });
  await addMember(group.id, author.id, "participant");
  const annotation = await db().annotation.create({
    data: { documentId: paper.id, authorId: author.id, kind: "comment", body: "A note", tags: [], quote: "first paragraph", prefix: "", suffix: "", start: 16, end: 31 },
  });
  const users = [];
  for (let index = 0; index < count; index += 1) {
    const user = await createUser({ name: `Reader ${index}` });
    await addMember(group.id, user.id, "participant");
    const item = await db().inboxItem.create({ data: { userId: user.id, kind: "mention", actorId: author.id, documentId: paper.id, annotationId: annotation.id } });
    await db().mailOutbox.create({ data: { userId: user.id, kind: "mentions", inboxItemId: item.id, dueAt: new Date() } });
    users.push(user);
  }
  return users;
}

describe("mail: delivery that survives", () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    useCatcherEnv(catcher);
  });
  afterAll(async () => {
    await catcher.close();
    await disconnectDb();
  });
  beforeEach(async () => {
    catcher.clear();
    await clearOutbox();
  });

  it("two workers on one outbox send each mail exactly once", async () => {
    const users = await queue(30);
    const now = minutesFrom(1);
    // Two workers racing, each looping until the outbox is empty, with small batches so they interleave.
    const worker = async () => {
      let total = 0;
      for (;;) {
        const result = await sendDueMail({ now, batchSize: 3 });
        total += result.sent;
        if (result.claimed === 0) return total;
      }
    };
    const [first, second] = await Promise.all([worker(), worker()]);
    expect(first + second).toBe(30);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    const recipients = catcher.received.flatMap((mail) => mail.to);
    expect(recipients).toHaveLength(30);
    expect(new Set(recipients)).toEqual(new Set(users.map((user) => user.email)));
    expect(await db().mailOutbox.count({ where: { userId: { in: users.map((user) => user.id) }, status: "sent" } })).toBe(30);
  });

  it("a worker in another process and one in this process share the outbox: each mail goes out once", async () => {
    const users = await queue(40);
    const now = minutesFrom(1);
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/mail-worker-process.ts"], { env: { ...process.env, MAIL_NOW: now.toISOString() }, stdio: ["pipe", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await expect.poll(() => output, { timeout: 30_000 }).toContain("READY");
    child.stdin.write("go\n");
    let here = 0;
    for (;;) {
      const result = await sendDueMail({ now, batchSize: 2 });
      here += result.sent;
      if (result.claimed === 0) break;
    }
    expect(await exited).toBe(0);
    const there = Number(/SENT (\d+)/u.exec(output)?.[1]);
    expect(here + there).toBe(40);
    // Both took part (40 mails in batches of 2 leave no chance for one to finish alone).
    expect(here).toBeGreaterThan(0);
    expect(there).toBeGreaterThan(0);
    const recipients = catcher.received.flatMap((mail) => mail.to);
    expect(recipients.sort()).toEqual(users.map((user) => user.email).sort());
  });

  it("takes back a mail a crashed worker claimed, once its lease ran out, and sends it once", async () => {
    const [user] = await queue(1);
    const row = await db().mailOutbox.findFirstOrThrow({ where: { userId: user.id } });
    // What a worker that died mid-send leaves behind.
    await db().mailOutbox.update({ where: { id: row.id }, data: { status: "sending", attempts: 1, lockedUntil: minutesFrom(10) } });
    expect(await sendDueMail({ now: minutesFrom(5) })).toMatchObject({ claimed: 0 });
    expect(await sendDueMail({ now: minutesFrom(11) })).toMatchObject({ claimed: 1, sent: 1 });
    expect(catcher.to(user.email)).toHaveLength(1);
    expect(await db().mailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", attempts: 2, lockedUntil: null });
  });

  it("retries a temporary SMTP refusal with exponential backoff, recording each error, then delivers", async () => {
    const [user] = await queue(1);
    catcher.refuseNext(3, 451, "Greylisted, try later");
    let now = minutesFrom(1);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await sendDueMail({ now })).toMatchObject({ claimed: 1, retried: 1 });
      const row = await db().mailOutbox.findFirstOrThrow({ where: { userId: user.id } });
      expect(row).toMatchObject({ status: "pending", attempts: attempt });
      expect(row.lastError).toContain("Greylisted");
      waits.push(row.dueAt.getTime() - now.getTime());
      // Not before its time.
      expect(await sendDueMail({ now: new Date(row.dueAt.getTime() - 1000) })).toMatchObject({ claimed: 0 });
      now = row.dueAt;
    }
    expect(waits).toEqual([backoffMs(1), backoffMs(2), backoffMs(3)]);
    expect(waits).toEqual([30_000, 60_000, 120_000]);
    expect(await sendDueMail({ now })).toMatchObject({ sent: 1 });
    expect(catcher.to(user.email)).toHaveLength(1);
    expect(await db().mailOutbox.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "sent", attempts: 4, lastError: null });
  });

  it("gives up after the last attempt, and records a permanent refusal as a bounce without retrying", async () => {
    const [patient, bouncing] = await queue(2);
    await db().mailOutbox.updateMany({ where: { userId: patient.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await db().mailOutbox.updateMany({ where: { userId: bouncing.id }, data: { dueAt: minutesFrom(1) } });
    catcher.refuseNext(1, 421, "Service not available");
    expect(await sendDueMail({ now: new Date(Date.now() + 1000), batchSize: 1 })).toMatchObject({ failed: 1 });
    expect(await db().mailOutbox.findFirstOrThrow({ where: { userId: patient.id } })).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });

    catcher.refuseNext(1, 550, "No such user here");
    expect(await sendDueMail({ now: minutesFrom(2) })).toMatchObject({ failed: 1 });
    const row = await db().mailOutbox.findFirstOrThrow({ where: { userId: bouncing.id } });
    expect(row).toMatchObject({ status: "bounced", attempts: 1 });
    expect(await db().mailBounce.findFirst({ where: { outboxId: row.id } })).toMatchObject({ address: bouncing.email, source: "smtp", reason: expect.stringContaining("No such user here") });
    expect(await sendDueMail({ now: minutesFrom(600) })).toMatchObject({ claimed: 0 });
    expect(catcher.received).toHaveLength(0);
  });

  it("retries when the SMTP server cannot be reached at all", async () => {
    const [user] = await queue(1);
    const saved = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    try {
      expect(await sendDueMail({ now: minutesFrom(1) })).toMatchObject({ retried: 1 });
    } finally {
      process.env.SMTP_URL = saved;
    }
    const row = await db().mailOutbox.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.status).toBe("pending");
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/iu);
    expect(await sendDueMail({ now: row.dueAt })).toMatchObject({ sent: 1 });
  });

  it("on the demo database without SMTP_URL, prints each mail to the log instead of sending it", async () => {
    const [user] = await queue(1);
    const config = mailConfig({ DISPUTATIO_EMBEDDED_DATABASE: "1", NEXTAUTH_URL: "http://localhost:3000" });
    expect(config.mode).toBe("log");
    const lines: string[] = [];
    expect(await sendDueMail({ now: minutesFrom(1), config, log: (line) => lines.push(line) })).toMatchObject({ sent: 1 });
    expect(catcher.received).toHaveLength(0);
    expect(lines.join("\n")).toContain(`To: ${user.email}`);
    expect(lines.join("\n")).toContain("Subject: Writer mentioned you · Test paper");
    expect(lines.join("\n")).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("the service the server starts sends due mail on its pass, opens the receiving port, and stops after the pass in flight", async () => {
    const [user] = await queue(1);
    const service = await startMailService({ config: { ...mailConfig(), inboundPort: 0 }, log: () => undefined, pollMs: 60_000 });
    try {
      expect(service.inboundPort).toBeGreaterThan(0);
      const pass = service.tick();
      // A second call while a pass runs joins it rather than starting another.
      expect(service.tick()).toBe(pass);
      await pass;
      expect(catcher.to(user.email)).toHaveLength(1);
    } finally {
      await service.stop();
    }
  });
});
