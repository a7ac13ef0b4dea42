import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { addReply, markAnswer, markInboxRead } from "@/lib/threads";
import { hideContent } from "@/lib/moderation";
import { sendDueMail } from "@/lib/mail";
import { hideRow, useThreadWorld } from "../support/threads-world";
import { clearOutbox, minutesFrom, startMailCatcher, useCatcherEnv, type MailCatcher } from "../support/mail-harness";

const emailOf = async (user: UserActor) => (await db().user.findUniqueOrThrow({ where: { id: user.userId }, select: { email: true } })).email;

describe("mail: notifications by e-mail", () => {
  const w = useThreadWorld({ fresh: true });
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    useCatcherEnv(catcher);
  });
  afterAll(async () => {
    await catcher.close();
  });
  beforeEach(async () => {
    catcher.clear();
    await clearOutbox();
  });

  it("mails a reply to the annotation's author after ten minutes, not before, with text, HTML, reply address and one-click unsubscribe", async () => {
    const note = await w.annotate(w.asker, { body: "Is <b>this</b> right?" });
    await addReply(w.participant, note.id, { body: "I doubt it <script>alert(1)</script> & more" });
    expect(await sendDueMail({ now: minutesFrom(9) })).toMatchObject({ claimed: 0, sent: 0 });
    expect(catcher.received).toHaveLength(0);

    expect(await sendDueMail({ now: minutesFrom(11) })).toMatchObject({ claimed: 1, sent: 1 });
    const [mail] = catcher.to(await emailOf(w.asker));
    expect(mail.parsed.subject).toBe("Grace Hopper replied to your annotation · Test paper");
    expect(mail.parsed.text).toContain("I doubt it <script>alert(1)</script> & more");
    expect(mail.parsed.text).toContain(`http://app.disputatio.test/documents/${w.paper.id}?annotation=${note.id}`);
    // Everything members wrote is escaped in the HTML part.
    expect(mail.parsed.html).toContain("I doubt it &lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(mail.parsed.html).not.toContain("<script>");
    expect(mail.parsed.replyTo?.value[0].address).toMatch(/^reply\+[a-z0-9]{40}@disputatio\.test$/u);
    expect(mail.header("list-unsubscribe")).toMatch(/^<http:\/\/app\.disputatio\.test\/api\/mail\/unsubscribe\/[^>]+>$/u);
    expect(mail.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.header("auto-submitted")).toBe("auto-generated");
    expect(mail.parsed.messageId).toMatch(/@disputatio\.test>?$/u);

    // Sent once: a later pass finds nothing.
    expect(await sendDueMail({ now: minutesFrom(30) })).toMatchObject({ claimed: 0 });
  });

  it("mails each kind that reaches the inbox: reply to a reply, mention, answer, moderation", async () => {
    const question = await w.annotate(w.asker, { kind: "question", body: "Which year?" });
    const first = await addReply(w.participant, question.id, { body: "2014, I think" });
    await addReply(w.moderator, question.id, { body: "No, 2013. cc @Vic Viewer", parentId: first.id });
    await markAnswer(w.asker, question.id, { replyId: first.id });
    const noted = await w.annotate(w.owner, { body: "A note to hide" });
    await hideContent(w.moderator, "annotation", noted.id, { reason: "Off topic" });

    await sendDueMail({ now: minutesFrom(11) });
    const subjects = async (user: UserActor) => catcher.to(await emailOf(user)).map((mail) => mail.parsed.subject);
    expect(await subjects(w.participant)).toEqual(expect.arrayContaining(["Mona Moderator replied to you · Test paper", "Ada marked your reply as the answer · Test paper"]));
    expect(await subjects(w.viewer)).toEqual(["Mona Moderator mentioned you · Test paper"]);
    expect(await subjects(w.owner)).toEqual(["A moderator hid your annotation · Test paper"]);
    expect(catcher.to(await emailOf(w.owner))[0].parsed.text).toContain("Off topic");
    // The hidden notice is not a thread one answers by e-mail.
    expect(catcher.to(await emailOf(w.owner))[0].parsed.replyTo).toBeUndefined();
  });

  it("skips the mail when the item was read in the app meanwhile", async () => {
    const note = await w.annotate(w.asker);
    await addReply(w.participant, note.id, { body: "Seen in the app" });
    await markInboxRead(w.asker, {});
    expect(await sendDueMail({ now: minutesFrom(11) })).toMatchObject({ claimed: 1, sent: 0, skipped: 1 });
    expect(catcher.received).toHaveLength(0);
    expect(await db().mailOutbox.findFirst({ where: { userId: w.asker.userId }, orderBy: { createdAt: "desc" } })).toMatchObject({ status: "skipped", skipReason: "read in the app" });
  });

  it("mails nothing to a member removed from the group before the mail was due", async () => {
    const note = await w.annotate(w.asker);
    await addReply(w.participant, note.id, { body: "You will not read this" });
    await db().membership.deleteMany({ where: { groupId: w.group.id, userId: w.asker.userId } });
    expect(await sendDueMail({ now: minutesFrom(11) })).toMatchObject({ sent: 0, skipped: 1 });
    expect(catcher.received).toHaveLength(0);
    expect(await db().mailOutbox.findFirst({ where: { userId: w.asker.userId } })).toMatchObject({ skipReason: "no longer a member" });
  });

  it("never mails content that became hidden before it was due, nor private annotations' text to anyone else", async () => {
    const note = await w.annotate(w.asker);
    const reply = await addReply(w.participant, note.id, { body: "Something a moderator will hide" });
    await hideRow("reply", reply.id, w.moderator);
    // A private note mentioning someone notifies nobody (notify's rule), so nothing is queued for them.
    const privateNote = await w.annotate(w.participant, { visibility: "private", body: "@Ada secret" });
    await addReply(w.participant, privateNote.id, { body: "@Ada still secret" });
    await sendDueMail({ now: minutesFrom(11) });
    expect(catcher.received).toHaveLength(0);
    expect(await db().mailOutbox.findFirst({ where: { userId: w.asker.userId } })).toMatchObject({ status: "skipped", skipReason: "the reply is hidden" });
    expect(await db().mailOutbox.count({ where: { userId: w.asker.userId } })).toBe(1);
  });

  it("sends nothing of a kind the member turned off, and nothing to a deleted account", async () => {
    await db().mailPreference.create({ data: { userId: w.asker.userId, kind: "replies", enabled: false } });
    const note = await w.annotate(w.asker);
    await addReply(w.participant, note.id, { body: "Not mailed: replies are off" });
    await addReply(w.participant, note.id, { body: "@Ada mentions are still on" });
    await sendDueMail({ now: minutesFrom(11) });
    expect(catcher.to(await emailOf(w.asker)).map((mail) => mail.parsed.subject)).toEqual(["Grace Hopper mentioned you · Test paper"]);

    catcher.clear();
    await addReply(w.participant, note.id, { body: "@Ada again" });
    await db().user.update({ where: { id: w.asker.userId }, data: { deletedAt: new Date(), email: `deleted-${w.asker.userId}@invalid` } });
    await sendDueMail({ now: minutesFrom(11) });
    expect(catcher.received).toHaveLength(0);
  });

  it("queues nothing while mail is off", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const note = await w.annotate(w.asker);
      await addReply(w.participant, note.id, { body: "No mail server" });
      expect(await db().mailOutbox.count({ where: { userId: w.asker.userId } })).toBe(0);
    } finally {
      process.env.SMTP_URL = saved;
    }
  });
});
