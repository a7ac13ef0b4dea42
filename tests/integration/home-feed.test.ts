import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadRoomColours } from "@/lib/collab/room-colours";
import { loadHomeFeed, recordDocumentVisit } from "@/lib/home";
import { addMember, importPaper } from "../support/factories";
import { groupWith, newActor, type UserActor } from "../support/groups-helpers";

const HOUR = 3_600_000;

async function annotate(documentId: string, authorId: string, extra: { visibility?: "group" | "private"; hiddenAt?: Date; createdAt?: Date } = {}) {
  return db().annotation.create({
    data: { documentId, authorId, kind: "comment", body: "A note", quote: "trust", prefix: "", suffix: "", start: 0, end: 5, tags: [], ...extra },
  });
}

describe("the home page: what waits for a member, per group and paper", () => {
  let owner: UserActor;
  let member: UserActor;
  let first: Awaited<ReturnType<typeof groupWith>>;
  let second: Awaited<ReturnType<typeof groupWith>>;
  let paper: { id: string };
  let other: { id: string };
  let foreign: { id: string };

  beforeAll(async () => {
    first = await groupWith(["viewer"]);
    second = await groupWith();
    const outsiders = await groupWith();
    owner = first.owner;
    member = await newActor("Member");
    await addMember(first.group.id, member.userId, "participant");
    await addMember(second.group.id, member.userId, "moderator");
    paper = await importPaper(first.group.id, "Intro\n\nA paragraph about trust.\n", "First paper");
    other = await importPaper(second.group.id, "Intro\n\nAnother paragraph.\n", "Second paper");
    foreign = await importPaper(outsiders.group.id, "Intro\n\nNot yours.\n", "Foreign paper");

    // Others' visible annotations count; private, hidden and the member's own do not.
    await annotate(paper.id, owner.userId);
    await annotate(paper.id, owner.userId);
    await annotate(paper.id, owner.userId, { visibility: "private" });
    await annotate(paper.id, owner.userId, { hiddenAt: new Date() });
    await annotate(paper.id, member.userId);
    await annotate(foreign.id, outsiders.owner.userId);

    await db().inboxItem.createMany({
      data: [
        { userId: member.userId, kind: "reply", documentId: paper.id },
        { userId: member.userId, kind: "reply-to-reply", documentId: paper.id },
        { userId: member.userId, kind: "mention", documentId: paper.id },
        { userId: member.userId, kind: "reply", documentId: paper.id, readAt: new Date() },
        { userId: member.userId, kind: "answer", documentId: other.id },
        { userId: owner.userId, kind: "mention", documentId: paper.id },
      ],
    });
    const now = Date.now();
    await db().question.createMany({
      data: [
        { documentId: paper.id, text: "Open and timed?", quote: "", status: "open", closesAt: new Date(now + 24 * HOUR), roundStartedAt: new Date(now), roundEndsAt: new Date(now + HOUR) },
        { documentId: paper.id, text: "Past its close?", quote: "", status: "open", closesAt: new Date(now - HOUR) },
        { documentId: paper.id, text: "Only proposed?", quote: "", status: "proposed" },
        { documentId: paper.id, text: "Closed?", quote: "", status: "closed" },
      ],
    });
  });

  it("groups the member's papers by group, with unread replies and mentions, open debates and their timers, and new annotations", async () => {
    const feed = await loadHomeFeed(member);
    expect(feed.groups.map((g) => g.slug)).toEqual([first.slug, second.slug]);
    const [a, b] = feed.groups;
    expect(a.papers.map((p) => p.title)).toEqual(["First paper"]);
    expect(b.papers.map((p) => p.title)).toEqual(["Second paper"]);
    expect(feed.groups.flatMap((g) => g.papers).some((p) => p.id === foreign.id)).toBe(false);

    const [first_] = a.papers;
    expect(first_).toMatchObject({ lastVisitedAt: null, newAnnotations: 2, unreadReplies: 2, unreadMentions: 1, otherUnread: 0 });
    expect(first_.openDebates.map((d) => d.text)).toEqual(["Open and timed?"]);
    expect(first_.openDebates[0].url).toBe(`/documents/${paper.id}/debates/${first_.openDebates[0].id}`);
    expect(first_.openDebates[0].roundEndsAt).not.toBeNull();
    expect(first_.openDebates[0].closesAt).not.toBeNull();
    expect(b.papers[0]).toMatchObject({ newAnnotations: 0, unreadReplies: 0, unreadMentions: 0, otherUnread: 1, openDebates: [] });
  });

  it("counts only annotations made since the member's last visit", async () => {
    const visit = new Date();
    await recordDocumentVisit(member, paper.id, visit);
    expect((await loadHomeFeed(member)).groups[0].papers[0]).toMatchObject({ newAnnotations: 0 });
    await annotate(paper.id, owner.userId, { createdAt: new Date(visit.getTime() + 5) });
    const after = (await loadHomeFeed(member)).groups[0].papers[0];
    expect(after.newAnnotations).toBe(1);
    expect(after.lastVisitedAt).not.toBeNull();
    // Another member's visit is theirs alone.
    expect((await loadHomeFeed(owner)).groups[0].papers[0].lastVisitedAt).toBeNull();
  });

  it("offers import to moderators and owners, the invite link to owners only", async () => {
    const [asParticipant, asModerator] = (await loadHomeFeed(member)).groups;
    expect(asParticipant).toMatchObject({ role: "participant", canImport: false, inviteUrl: null });
    expect(asModerator).toMatchObject({ role: "moderator", canImport: true, inviteUrl: null, importUrl: `/import?group=${second.slug}` });
    const [asOwner] = (await loadHomeFeed(owner)).groups;
    expect(asOwner).toMatchObject({ role: "owner", canImport: true, inviteUrl: `/groups/${first.slug}#invites-heading` });
  });

  it("shows a member of no group an empty feed, and never names or ranks people", async () => {
    const loner = await newActor("Loner");
    expect(await loadHomeFeed(loner)).toEqual({ groups: [] });
    const text = JSON.stringify(await loadHomeFeed(member));
    expect(text).not.toContain(owner.userId);
    expect(text).not.toContain("Owner");
  });

  it("gives every member of a room a distinct colour even when all chose the same one", async () => {
    // The factories give every account #1d4ed8.
    const colours = await loadRoomColours(first.group.id);
    expect(colours.size).toBe(3);
    expect(new Set(colours.values()).size).toBe(3);
    expect(colours.get(first.owner.userId)).toBe("#1d4ed8");
  });
});
