import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { changePhase, moderateArgument } from "@/lib/debates";
import { setStance } from "@/lib/claims";
import { sendDueMail, sweepDebates } from "@/lib/mail";
import { annotate } from "../support/claims-helpers";
import { debatesWorld, type DebatesWorld } from "./debates-world";
import { clearOutbox, minutesFrom, startMailCatcher, useCatcherEnv, type MailCatcher } from "../support/mail-harness";

const emailOf = async (user: UserActor) => (await db().user.findUniqueOrThrow({ where: { id: user.userId }, select: { email: true } })).email;

describe("mail: debates and contested claims", () => {
  let w: DebatesWorld;
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    useCatcherEnv(catcher);
    w = await debatesWorld();
  });
  afterAll(async () => {
    await catcher.close();
    await disconnectDb();
  });
  beforeEach(async () => {
    catcher.clear();
    await clearOutbox();
  });
  const subjects = async (user: UserActor) => catcher.to(await emailOf(user)).map((mail) => mail.parsed.subject);

  it("tells those who took part that a debate reopened and that it closed with its outcome, never the moderator who acted", async () => {
    const question = await w.question({ status: "open" });
    const argument = await w.argue(question.id, w.participant, { body: "Pro, because." });
    await db().argumentRating.create({ data: { argumentId: argument.id, userId: w.other.userId, value: 3 } });
    await changePhase(w.moderator, question.id, { action: "close", outcome: "Scoring helps <nobody>." });
    await sendDueMail({ now: minutesFrom(11) });
    expect(await subjects(w.participant)).toEqual(["A debate you took part in closed · Claims paper"]);
    expect(await subjects(w.other)).toEqual(["A debate you took part in closed · Claims paper"]);
    const [mail] = catcher.to(await emailOf(w.participant));
    expect(mail.parsed.text).toContain("Outcome: Scoring helps <nobody>.");
    expect(mail.parsed.html).toContain("Scoring helps &lt;nobody&gt;.");
    expect(mail.parsed.text).toContain(`http://app.disputatio.test/documents/${w.documentId}/debates/${question.id}`);
    expect(await subjects(w.moderator)).toEqual([]);
    // Members who did not take part are not told.
    expect(await subjects(w.viewer)).toEqual([]);

    catcher.clear();
    await changePhase(w.moderator, question.id, { action: "reopen" });
    await sendDueMail({ now: minutesFrom(11) });
    expect(await subjects(w.participant)).toEqual(["A debate you took part in is open · Claims paper"]);
  });

  it("tells participants a debate closes soon (once per scheduled close, however often the sweep runs), and closes it on schedule", async () => {
    const question = await w.question({ status: "open", closesAt: minutesFrom(120) });
    await w.argue(question.id, w.participant);
    expect((await sweepDebates()).closingNotices).toBe(1);
    expect((await sweepDebates()).closingNotices).toBe(0);
    await sendDueMail({ now: minutesFrom(11) });
    const [mail] = catcher.to(await emailOf(w.participant));
    expect(mail.parsed.subject).toBe("A debate you took part in closes soon · Claims paper");
    expect(mail.parsed.text).toContain("It closes at");

    catcher.clear();
    await db().question.update({ where: { id: question.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect((await sweepDebates()).closed).toBeGreaterThanOrEqual(1);
    expect(await db().question.findUniqueOrThrow({ where: { id: question.id }, select: { status: true } })).toEqual({ status: "closed" });
    await sendDueMail({ now: minutesFrom(11) });
    expect(await subjects(w.participant)).toEqual(["A debate you took part in closed · Claims paper"]);
  });

  it("tells an argument's author it was hidden and restored", async () => {
    const question = await w.question({ status: "open" });
    const argument = await w.argue(question.id, w.participant, { body: "A rude argument" });
    await moderateArgument(w.moderator, argument.id, { action: "hide", reason: "Rude" });
    await sendDueMail({ now: minutesFrom(11) });
    const [mail] = catcher.to(await emailOf(w.participant));
    expect(mail.parsed.subject).toBe("A moderator hid your argument · Claims paper");
    expect(mail.parsed.text).toContain(`#arg-${argument.id}-body`);
  });

  it("tells the paper's authors when a member contests a claim, once per member per claim, with the reason", async () => {
    const claim = await annotate(w.documentId, w.other, { kind: "claim" });
    await setStance(w.participant, claim.id, { value: "contested", reason: "The data is from 2009." });
    await setStance(w.participant, claim.id, { value: "contested", reason: "The data is from 2009, really." });
    await setStance(w.other, claim.id, { value: "supported", reason: "Mine" });
    await sendDueMail({ now: minutesFrom(11) });
    const mails = catcher.to(await emailOf(w.author));
    expect(mails.map((mail) => mail.parsed.subject)).toEqual(["Claims participant contested a claim on your paper · Claims paper"]);
    expect(mails[0].parsed.text).toContain("Their reason: The data is from 2009, really.");
    expect(await subjects(w.participant)).toEqual([]);
  });

  it("sends no contested-claim mail when the stance was withdrawn before it was due", async () => {
    const claim = await annotate(w.documentId, w.other, { kind: "claim" });
    await setStance(w.other, claim.id, { value: "contested", reason: "Changed my mind later" });
    await db().claimStance.updateMany({ where: { annotationId: claim.id, userId: w.other.userId }, data: { value: "supported" } });
    await sendDueMail({ now: minutesFrom(11) });
    expect(catcher.to(await emailOf(w.author))).toEqual([]);
  });
});
