import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { addReply } from "@/lib/threads";
import { flagContent } from "@/lib/moderation";
import { proposeQuestion } from "@/lib/debates";
import { enqueueDueDigests, sendDueMail } from "@/lib/mail";
import { hideRow, useThreadWorld } from "../support/threads-world";
import { clearOutbox, startMailCatcher, useCatcherEnv, type MailCatcher } from "../support/mail-harness";

const emailOf = async (user: UserActor) => (await db().user.findUniqueOrThrow({ where: { id: user.userId }, select: { email: true } })).email;
const hoursFrom = (hours: number) => new Date(Date.now() + hours * 3600_000);

describe("mail: digests", () => {
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

  /** A seeded day in the group: notes, replies, a private note, a hidden one, a flag, a proposed question. */
  async function seedDay() {
    const note = await w.annotate(w.asker, { body: "Public note" });
    await w.annotate(w.participant, { body: "Second public note" });
    await addReply(w.participant, note.id, { body: "A reply for Ada" });
    await addReply(w.moderator, note.id, { body: "Another reply" });
    await w.annotate(w.participant, { visibility: "private", body: "PRIVATE-NOTE-TEXT" });
    const hidden = await w.annotate(w.participant, { body: "HIDDEN-NOTE-TEXT" });
    await hideRow("annotation", hidden.id, w.moderator);
    await flagContent(w.asker, { targetType: "annotation", targetId: note.id, reason: "Check this" });
    await proposeQuestion(w.participant, w.paper.id, { text: "Should scores be public?" });
    return note;
  }

  const digestsTo = async (user: UserActor) => catcher.to(await emailOf(user)).filter((mail) => mail.parsed.subject?.startsWith("Digest"));

  it("sends each member a daily digest of the group by default: counts per paper, the items for them, and for moderators the queue", async () => {
    await seedDay();
    // Not a day yet since they joined: nothing is due.
    expect(await enqueueDueDigests({ now: hoursFrom(23), groupId: w.group.id })).toBe(0);
    // Two instances at once queue each digest once.
    const [first, second] = await Promise.all([enqueueDueDigests({ now: hoursFrom(25), groupId: w.group.id }), enqueueDueDigests({ now: hoursFrom(25), groupId: w.group.id })]);
    expect(first + second).toBe(5);
    await sendDueMail({ now: hoursFrom(25), batchSize: 100 });

    const [ada] = await digestsTo(w.asker);
    expect(ada.parsed.subject).toBe(`Digest · ${w.group.name} · 2 items for you`);
    const text = ada.parsed.text!;
    expect(text).toContain("Test paper: 2 new annotations, 2 replies");
    expect(text).toContain("Grace Hopper replied to your annotation. (Test paper)");
    expect(text).not.toContain("For moderators");
    // Never private or hidden content, never a ranking of people.
    for (const mail of catcher.received) {
      expect(mail.parsed.text).not.toContain("PRIVATE-NOTE-TEXT");
      expect(mail.parsed.text).not.toContain("HIDDEN-NOTE-TEXT");
    }
    expect(text).not.toMatch(/most active|top contributor|rank|score/iu);

    const [mona] = await digestsTo(w.moderator);
    expect(mona.parsed.text).toContain("For moderators");
    expect(mona.parsed.text).toContain("Test paper: 1 flagged item waits for a decision");
    expect(mona.parsed.text).toContain("Proposed question: Should scores be public?");
    expect(mona.parsed.text).toContain(`/groups/${w.group.slug}/dashboard`);
    // The outsider is not a member and gets none.
    expect(await digestsTo(w.outsider)).toEqual([]);
    // The digest's own unsubscribe link names that group.
    expect(mona.header("list-unsubscribe")).toContain("/api/mail/unsubscribe/");

    // The next day with nothing new: the digest is skipped, not sent empty (the viewer had nothing for them either).
    catcher.clear();
    await db().flag.updateMany({ where: { documentId: w.paper.id }, data: { resolvedAt: new Date() } });
    await db().question.updateMany({ where: { documentId: w.paper.id, proposedById: { not: null } }, data: { status: "dismissed" } });
    await db().inboxItem.updateMany({ where: { documentId: w.paper.id }, data: { readAt: new Date() } });
    expect(await enqueueDueDigests({ now: hoursFrom(50), groupId: w.group.id })).toBe(5);
    await sendDueMail({ now: hoursFrom(50), batchSize: 100 });
    expect(catcher.received.filter((mail) => mail.parsed.subject?.startsWith("Digest"))).toEqual([]);
  });

  it("follows each member's frequency per group: weekly waits a week, off and a disabled kind send none", async () => {
    await seedDay();
    await db().digestPreference.create({ data: { userId: w.asker.userId, groupId: w.group.id, frequency: "weekly" } });
    await db().digestPreference.create({ data: { userId: w.participant.userId, groupId: w.group.id, frequency: "off" } });
    await db().mailPreference.create({ data: { userId: w.moderator.userId, kind: "digest", enabled: false } });
    await enqueueDueDigests({ now: hoursFrom(25), groupId: w.group.id });
    await sendDueMail({ now: hoursFrom(25), batchSize: 100 });
    expect(await digestsTo(w.asker)).toEqual([]);
    expect(await digestsTo(w.participant)).toEqual([]);
    expect(await digestsTo(w.moderator)).toEqual([]);
    expect(await digestsTo(w.owner)).toHaveLength(1);

    await enqueueDueDigests({ now: hoursFrom(24 * 7 + 1), groupId: w.group.id });
    await sendDueMail({ now: hoursFrom(24 * 7 + 1), batchSize: 100 });
    expect(await digestsTo(w.asker)).toHaveLength(1);
    expect(await digestsTo(w.participant)).toEqual([]);
  });
});
