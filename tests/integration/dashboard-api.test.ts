import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { createCollabToken } from "@/lib/auth/collab-token";
import { registerCollabServer } from "@/lib/collab/registry";
import type { CollabServer } from "@/lib/collab/collab-server";
import { getDashboard } from "@/lib/groups";
import { flagContent, hideContent, restoreContent } from "@/lib/moderation";
import * as dashboard from "@/app/api/groups/[slug]/dashboard/route";
import * as dismiss from "@/app/api/flags/dismiss/route";
import { connectClient, startCollabHarness, waitFor } from "../support/collab-harness";
import { failure, useThreadWorld } from "../support/threads-world";

const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

function request(method: string, path: string, body?: unknown) {
  return new Request(`http://localhost${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function call(actor: Actor, run: () => Promise<Response>) {
  session.actor = actor;
  const response = await run();
  return { status: response.status, body: await response.json() };
}

describe("dashboard: the API and its policy", () => {
  const w = useThreadWorld();
  const get = (actor: Actor, slug = w.group.slug) => call(actor, () => dashboard.GET(request("GET", `/api/groups/${slug}/dashboard`), { params: Promise.resolve({ slug }) }));

  it("answers moderators and owners (200), members who may not moderate 403, non-members 404, anonymous 401", async () => {
    for (const who of [w.moderator, w.owner]) {
      const answer = await get(who);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ group: { slug: w.group.slug, url: `/groups/${w.group.slug}` }, presence: [{ documentId: w.paper.id, users: [], guests: 0 }], flags: [] });
    }
    for (const who of [w.participant, w.viewer]) expect(await get(who)).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await get(w.outsider)).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect(await get(w.moderator, "no-such-group")).toMatchObject({ status: 404 });
    expect(await get(ANONYMOUS)).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
  });

  it("queues flags across the group's papers; dismissing (moderators only) or hiding takes them off", async () => {
    const note = await w.annotate(w.asker, { body: "Everyone who disagrees is a fool." });
    const other = await w.annotate(w.asker, { body: "Buy cheap watches." });
    await flagContent(w.participant, { targetType: "annotation", targetId: note.id, reason: "Insulting." });
    await flagContent(w.owner, { targetType: "annotation", targetId: note.id });
    await flagContent(w.participant, { targetType: "annotation", targetId: other.id, reason: "Spam." });

    const queue = (await getDashboard(w.moderator, w.group.slug)).flags;
    expect(queue.map((item) => item.targetId)).toEqual([note.id, other.id]);
    expect(queue[0]).toMatchObject({
      targetType: "annotation",
      documentId: w.paper.id,
      documentTitle: "Test paper",
      url: `/documents/${w.paper.id}?annotation=${note.id}`,
      excerpt: "Everyone who disagrees is a fool.",
      quote: "first paragraph",
      author: { name: "Ada" },
    });
    expect(queue[0].flags.map((flag) => flag.reason)).toEqual(["Insulting.", null]);

    const body = { targetType: "annotation", targetId: note.id };
    const dismissing = (actor: Actor, input: unknown = body) => call(actor, () => dismiss.POST(request("POST", "/api/flags/dismiss", input)));
    expect(await dismissing(ANONYMOUS)).toMatchObject({ status: 401 });
    expect(await dismissing(w.participant)).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await dismissing(w.outsider)).toMatchObject({ status: 404 });
    expect(await dismissing(w.moderator, { targetType: "document", targetId: note.id })).toMatchObject({ status: 422 });
    expect(await db().flag.count({ where: { targetId: note.id, resolvedAt: null } })).toBe(2);
    expect(await dismissing(w.moderator)).toMatchObject({ status: 200, body: { targetId: note.id, dismissed: 2 } });
    expect(await dismissing(w.owner)).toMatchObject({ status: 409, body: { error: { code: "no_open_flags" } } });
    expect(await db().annotation.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ hiddenAt: null });
    expect(await db().auditEvent.count({ where: { action: "flags.dismissed", targetId: note.id } })).toBe(1);

    await hideContent(w.moderator, "annotation", other.id, { reason: "Spam." });
    const after = await getDashboard(w.owner, w.group.slug);
    expect(after.flags).toEqual([]);
    expect(after.hidden[0]).toMatchObject({ targetType: "annotation", targetId: other.id, hiddenReason: "Spam.", url: `/documents/${w.paper.id}?annotation=${other.id}` });
    await restoreContent(w.moderator, "annotation", other.id);
    expect((await getDashboard(w.owner, w.group.slug)).hidden.map((item) => item.targetId)).not.toContain(other.id);
  });

  it("lists proposed questions, unanswered question-annotations and debates by phase with their timers", async () => {
    const documentId = w.paper.id;
    await db().question.deleteMany({ where: { documentId } });
    const soon = new Date(Date.now() + 10 * 60_000);
    const past = new Date(Date.now() - 60_000);
    const make = (text: string, data: Record<string, unknown> = {}) => db().question.create({ data: { documentId, text, quote: "first paragraph", ...data } });
    const proposed = await make("Is trust scored?", { origin: "member", proposedById: w.asker.userId });
    const open = await make("Does it help?", { status: "open", roundStartedAt: new Date(), roundEndsAt: soon, closesAt: new Date(Date.now() + 86_400_000) });
    const approved = await make("Who decides?", { status: "approved" });
    const lapsed = await make("Was it fair?", { status: "open", closesAt: past });
    await make("Off topic?", { status: "dismissed" });
    const question = await w.annotate(w.asker, { kind: "question", body: "What does *trust* mean here?" });

    const board = await getDashboard(w.moderator, w.group.slug);
    expect(board.proposedQuestions).toMatchObject([{ id: proposed.id, status: "proposed", proposedBy: { name: "Ada" }, url: `/documents/${documentId}/debates/${proposed.id}` }]);
    expect(board.debates.open).toMatchObject([{ id: open.id, round: { endsAt: soon.toISOString() }, argumentCount: 0 }]);
    expect(board.debates.approved.map((q) => q.id)).toEqual([approved.id]);
    expect(board.debates.closed).toMatchObject([{ id: lapsed.id, status: "closed", closedAt: past.toISOString() }]);
    expect(board.unansweredQuestions.map((q) => q.annotationId)).toContain(question.id);
    expect(board.unansweredQuestions.find((q) => q.annotationId === question.id)).toMatchObject({ excerpt: "What does *trust* mean here?", url: `/documents/${documentId}?annotation=${question.id}` });
  });
});

describe("dashboard: who is in the room now", () => {
  const w = useThreadWorld();
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  beforeAll(async () => {
    harness = await startCollabHarness();
    registerCollabServer(harness.collab);
  });
  afterAll(async () => {
    registerCollabServer(undefined as unknown as CollabServer);
    await harness.close();
  });

  const presentNames = async () => (await getDashboard(w.moderator, w.group.slug)).presence.find((entry) => entry.documentId === w.paper.id)!.users.map((user) => user.name);

  it("shows each connected member once while their provider is connected, and not after it disconnects", async () => {
    expect(await presentNames()).toEqual([]);
    const grace = connectClient({ port: harness.port, documentId: w.paper.id, token: createCollabToken(w.participant.userId) });
    const graceAgain = connectClient({ port: harness.port, documentId: w.paper.id, token: createCollabToken(w.participant.userId) });
    const ada = connectClient({ port: harness.port, documentId: w.paper.id, token: createCollabToken(w.asker.userId) });
    try {
      await waitFor(() => grace.provider.isSynced && graceAgain.provider.isSynced && ada.provider.isSynced, { what: "sync" });
      expect(await presentNames()).toEqual(["Ada", "Grace Hopper"]);
      grace.destroy();
      graceAgain.destroy();
      await waitFor(async () => (await presentNames()).join() === "Ada", { what: "Grace to leave the room" });
    } finally {
      grace.destroy();
      graceAgain.destroy();
      ada.destroy();
    }
    await waitFor(async () => (await presentNames()).length === 0, { what: "an empty room" });
  });
});

describe("dashboard: participation counts", () => {
  const w = useThreadWorld();

  it("counts what each member wrote, by name, with private notes left out and anonymous debates unattributed", async () => {
    const { asker: ada, participant: grace, moderator: mona } = w;
    const note = await w.annotate(ada);
    await w.annotate(ada, { kind: "question" });
    const claim = await w.annotate(grace, { kind: "claim" });
    const secret = await w.annotate(ada, { visibility: "private" });
    const secretClaim = await w.annotate(grace, { kind: "claim", visibility: "private" });
    await db().reply.createMany({
      data: [
        { annotationId: note.id, authorId: grace.userId, body: "One." },
        { annotationId: note.id, authorId: mona.userId, body: "Two." },
        { annotationId: claim.id, authorId: grace.userId, body: "Three." },
        { annotationId: secret.id, authorId: ada.userId, body: "Private thread." },
      ],
    });
    await db().claimStance.createMany({
      data: [
        { annotationId: claim.id, userId: ada.userId, value: "contested", reason: "No." },
        { annotationId: claim.id, userId: mona.userId, value: "supported", reason: "Yes." },
        { annotationId: secretClaim.id, userId: grace.userId, value: "supported", reason: "Mine." },
      ],
    });
    const named = await db().question.create({ data: { documentId: w.paper.id, text: "Named?", quote: "q", status: "open" } });
    const masked = await db().question.create({ data: { documentId: w.paper.id, text: "Masked?", quote: "q", status: "open", anonymous: true } });
    const argue = (questionId: string, authorId: string) => db().argument.create({ data: { questionId, authorId, stance: "pro", body: "Because." } });
    const first = await argue(named.id, ada.userId);
    await argue(named.id, ada.userId);
    const third = await argue(named.id, grace.userId);
    const hiddenHand = await argue(masked.id, grace.userId);
    await db().argumentRating.createMany({
      data: [
        { argumentId: first.id, userId: grace.userId, value: 3 },
        { argumentId: third.id, userId: ada.userId, value: 1 },
        { argumentId: third.id, userId: mona.userId, value: 4 },
        { argumentId: hiddenHand.id, userId: ada.userId, value: 2 },
      ],
    });

    const { participation } = await getDashboard(w.owner, w.group.slug);
    const row = (name: string, counts: number[]) => {
      const [annotations, replies, stances, args, ratings] = counts;
      return expect.objectContaining({ name, annotations, replies, stances, arguments: args, ratings });
    };
    expect(participation.members).toEqual([
      row("Ada", [2, 0, 1, 2, 1]),
      row("Grace Hopper", [1, 2, 0, 1, 1]),
      row("Mona Moderator", [0, 1, 1, 0, 1]),
      row("Olga Owner", [0, 0, 0, 0, 0]),
      row("Vic Viewer", [0, 0, 0, 0, 0]),
    ]);
    expect(participation.anonymous).toEqual({ arguments: 1, ratings: 1 });
    // Plain counts only: nothing that adds them up, weighs or ranks a person.
    expect(Object.keys(participation.members[0]).sort()).toEqual(["annotations", "arguments", "color", "name", "ratings", "replies", "role", "stances", "userId"]);
    expect(await failure(getDashboard(w.asker, w.group.slug))).toMatchObject({ status: 403 });
  });
});
