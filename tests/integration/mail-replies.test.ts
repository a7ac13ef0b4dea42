import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { addReply } from "@/lib/threads";
import { sendDueMail, startInboundServer } from "@/lib/mail";
import { hideRow, useThreadWorld } from "../support/threads-world";
import { listenToRoom } from "../support/threads-room";
import { waitFor } from "../support/collab-harness";
import { clearOutbox, minutesFrom, sendMail, startMailCatcher, useCatcherEnv, type MailCatcher } from "../support/mail-harness";

const emailOf = async (user: UserActor) => (await db().user.findUniqueOrThrow({ where: { id: user.userId }, select: { email: true } })).email;

/** What a member's mail client sends back: their text, a signature, and the quoted notification. */
const REPLY_TEXT = [
  "Thanks, that settles it for me.",
  "",
  "The 2014 plan says so too.",
  "",
  "-- ",
  "Ada Lovelace",
  "Analytical Engines Ltd",
  "",
  "On Tue, 2 Dec 2026 at 10:00, Disputatio <notify@disputatio.test> wrote:",
  "> Grace Hopper replied to your annotation.",
  "> I doubt it",
].join("\n");

async function refusal(promise: Promise<unknown>): Promise<{ responseCode: number; response: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { responseCode: number; response: string };
  }
  throw new Error("Expected the SMTP server to refuse the message.");
}

describe("mail: replies by e-mail", () => {
  const w = useThreadWorld({ fresh: true });
  let catcher: MailCatcher;
  let inbound: Awaited<ReturnType<typeof startInboundServer>>;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    // Any INBOUND_SMTP_PORT turns on bounce addresses; the server itself listens on port 0 here.
    useCatcherEnv(catcher, { INBOUND_SMTP_PORT: "2525" });
    inbound = await startInboundServer({ port: 0, host: "127.0.0.1", log: () => undefined });
  });
  afterAll(async () => {
    await inbound.close();
    await catcher.close();
  });
  beforeEach(async () => {
    catcher.clear();
    await clearOutbox();
  });

  /** A reply on the reading page, mailed to the annotation's author: returns the thread and the mail's reply address. */
  async function notified() {
    const note = await w.annotate(w.asker);
    const reply = await addReply(w.participant, note.id, { body: "I doubt it" });
    await sendDueMail({ now: minutesFrom(11) });
    const [mail] = catcher.to(await emailOf(w.asker));
    return { note, reply, address: mail.parsed.replyTo!.value[0].address! };
  }

  const repliesIn = (annotationId: string) => db().reply.findMany({ where: { annotationId }, orderBy: { createdAt: "asc" }, select: { body: true, authorId: true, parentId: true } });

  it("posts the member's answer in the thread, quote and signature stripped, live in the room", async () => {
    const { note, reply, address } = await notified();
    const room = await listenToRoom(w.paper.id, w.participant.userId);
    try {
      await sendMail(inbound.port, { from: `Ada <${(await emailOf(w.asker)).toUpperCase()}>`, envelopeFrom: await emailOf(w.asker), to: address, text: REPLY_TEXT });
      expect((await repliesIn(note.id)).at(-1)).toEqual({ body: "Thanks, that settles it for me.\n\nThe 2014 plan says so too.", authorId: w.asker.userId, parentId: reply.id });
      await waitFor(() => room.pushes.some((push) => push.type === "annotations-changed" && push.ids?.includes(note.id)), { what: "the reply pushed to the room" });
    } finally {
      await room.close();
    }
    // Answering by e-mail marks the notice read, and the replier's own inbox stays quiet; the participant hears of the answer.
    expect(await db().inboxItem.count({ where: { userId: w.asker.userId, readAt: null } })).toBe(0);
    expect(await db().inboxItem.findFirst({ where: { userId: w.participant.userId, kind: "reply-to-reply" } })).not.toBeNull();
  });

  it("refuses, with an explaining bounce and nothing posted, a reply from another address", async () => {
    const { note, address } = await notified();
    const before = await repliesIn(note.id);
    const forged = await refusal(sendMail(inbound.port, { from: "mallory@evil.example", to: address, text: "Posted as Ada?" }));
    expect(forged.responseCode).toBe(550);
    expect(forged.response).toContain("not sent from the address the notification went to");
    // The From header alone is not enough: the envelope sender must match too.
    const spoofed = await refusal(sendMail(inbound.port, { from: await emailOf(w.asker), envelopeFrom: "mallory@evil.example", to: address, text: "Posted as Ada?" }));
    expect(spoofed.responseCode).toBe(550);
    expect(await repliesIn(note.id)).toEqual(before);
  });

  it("refuses a guessed or altered reply address, and any address that is not a reply address", async () => {
    const { note, address } = await notified();
    const before = await repliesIn(note.id);
    const guessed = address.replace(/reply\+[a-z0-9]{6}/u, "reply+000000");
    const wrongSecret = await refusal(sendMail(inbound.port, { from: await emailOf(w.asker), to: guessed, text: "Guessing" }));
    expect(wrongSecret.responseCode).toBe(550);
    expect(wrongSecret.response).toContain("reply address is not valid");
    const elsewhere = await refusal(sendMail(inbound.port, { from: await emailOf(w.asker), to: "postmaster@disputatio.test", text: "Hello" }));
    expect(elsewhere.responseCode).toBe(550);
    expect(await repliesIn(note.id)).toEqual(before);
  });

  it("refuses a reply from a member who may no longer read the thread, or to a hidden one", async () => {
    const first = await notified();
    await hideRow("annotation", first.note.id, w.moderator);
    const hidden = await refusal(sendMail(inbound.port, { from: await emailOf(w.asker), to: first.address, text: "Still here?" }));
    expect(hidden.response).toContain("hid this annotation");

    const second = await notified();
    await db().membership.deleteMany({ where: { groupId: w.group.id, userId: w.asker.userId } });
    const removed = await refusal(sendMail(inbound.port, { from: await emailOf(w.asker), to: second.address, text: "Let me in" }));
    expect(removed.responseCode).toBe(550);
    expect(removed.response).toContain("can no longer read this discussion");
    expect(await repliesIn(first.note.id)).toHaveLength(1);
    expect(await repliesIn(second.note.id)).toHaveLength(1);
  });

  it("refuses an empty answer (only the quote) and automatic replies", async () => {
    const { note, address } = await notified();
    const empty = await refusal(sendMail(inbound.port, { from: await emailOf(w.asker), to: address, text: "On Tue, 2 Dec 2026, Disputatio wrote:\n> I doubt it\n" }));
    expect(empty.response).toContain("no text of yours");
    const away = await refusal(sendMail(inbound.port, { from: await emailOf(w.asker), to: address, text: "I am away until Monday.", headers: { "Auto-Submitted": "auto-replied" } }));
    expect(away.response).toContain("Automatic replies");
    expect(await repliesIn(note.id)).toHaveLength(1);
  });

  it("records a later delivery report sent to the mail's own bounce address, and refuses a forged one", async () => {
    await notified();
    const [mail] = catcher.to(await emailOf(w.asker));
    const bounceAddress = mail.from!;
    expect(bounceAddress).toMatch(/^bounce\+[a-z0-9]+\.[0-9a-f]{12}@disputatio\.test$/u);
    const outboxId = /^bounce\+([a-z0-9]+)\./u.exec(bounceAddress)![1];

    const forged = bounceAddress.replace(/\.[0-9a-f]{12}@/u, ".000000000000@");
    expect((await refusal(sendMail(inbound.port, { from: "mailer-daemon@mx.example", to: forged, text: "Delivery failed" }))).responseCode).toBe(550);
    expect(await db().mailBounce.count({ where: { outboxId } })).toBe(0);

    await sendMail(inbound.port, { from: "mailer-daemon@mx.example", to: bounceAddress, subject: "Undelivered Mail Returned to Sender", text: "The mailbox is full.\nFinal-Recipient: rfc822; ada" });
    expect(await db().mailBounce.findFirst({ where: { outboxId } })).toMatchObject({ source: "report", address: await emailOf(w.asker), reason: expect.stringContaining("The mailbox is full.") });
    expect(await db().mailOutbox.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({ status: "bounced" });
  });
});
