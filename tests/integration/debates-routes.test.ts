import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import * as documentQuestions from "@/app/api/documents/[id]/questions/route";
import * as questionRoute from "@/app/api/questions/[id]/route";
import * as phase from "@/app/api/questions/[id]/phase/route";
import * as timer from "@/app/api/questions/[id]/timer/route";
import * as questionArguments from "@/app/api/questions/[id]/arguments/route";
import * as exportRoute from "@/app/api/questions/[id]/export/route";
import * as argumentRoute from "@/app/api/arguments/[id]/route";
import * as revisions from "@/app/api/arguments/[id]/revisions/route";
import * as rating from "@/app/api/arguments/[id]/rating/route";
import * as moderation from "@/app/api/arguments/[id]/moderation/route";
import * as move from "@/app/api/arguments/[id]/move/route";
import * as merge from "@/app/api/arguments/[id]/merge/route";
import * as undo from "@/app/api/merges/[id]/undo/route";
import * as settings from "@/app/api/groups/[slug]/settings/route";
import { debateCounts, debatesWorld, type DebatesWorld } from "./debates-world";

// The route layer: who asks comes from the session (tested with the auth routes).
const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

function request(method: string, path: string, body?: unknown) {
  return new Request(`http://localhost${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
}
const at = (id: string) => ({ params: Promise.resolve({ id }) });

async function call(actor: Actor, run: () => Promise<Response>) {
  session.actor = actor;
  const response = await run();
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- route JSON of many shapes, checked by toMatchObject
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

describe("debates: routes and phases", () => {
  let w: DebatesWorld;
  beforeAll(async () => {
    w = await debatesWorld();
  });
  afterAll(disconnectDb);

  it("questions: list (dismissed for moderators only), propose (201, viewer 403, passage checked), 401", async () => {
    const dismissed = await w.question({ status: "dismissed" });
    const list = (actor: Actor) => call(actor, () => documentQuestions.GET(request("GET", "/"), at(w.documentId)));
    const proposed = await call(w.participant, () =>
      documentQuestions.POST(request("POST", "/", { text: "  Is trust built by institutions?  ", passage: { start: 0, end: 5, quote: "Trust is built by institutions." } }), at(w.documentId)),
    );
    expect(proposed).toMatchObject({ status: 201, body: { text: "Is trust built by institutions?", status: "proposed", origin: "member", proposedBy: { name: "Claims participant" }, quote: "Trust is built by institutions." } });
    expect(proposed.body.start).toBe(w.plainText.indexOf("Trust is built by institutions."));
    expect((await list(w.participant)).body.items.map((q: { id: string }) => q.id)).not.toContain(dismissed.id);
    expect((await list(w.moderator)).body.items.map((q: { id: string }) => q.id)).toContain(dismissed.id);
    expect((await list(w.viewer)).body).toMatchObject({ items: expect.arrayContaining([expect.objectContaining({ id: proposed.body.id, can: { argue: false, rate: false, moderate: false } })]), nextCursor: null });

    const before = await db().question.count({ where: { documentId: w.documentId } });
    expect(await call(w.viewer, () => documentQuestions.POST(request("POST", "/", { text: "Mine?" }), at(w.documentId)))).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await call(ANONYMOUS, () => documentQuestions.POST(request("POST", "/", { text: "Mine?" }), at(w.documentId)))).toMatchObject({ status: 401 });
    expect(await call(ANONYMOUS, () => documentQuestions.GET(request("GET", "/"), at(w.documentId)))).toMatchObject({ status: 401 });
    expect(await call(w.stranger, () => documentQuestions.GET(request("GET", "/"), at(w.documentId)))).toMatchObject({ status: 404 });
    const elsewhere = await call(w.participant, () => documentQuestions.POST(request("POST", "/", { text: "Q?", passage: { start: 0, end: 10, quote: "Entirely different words" } }), at(w.documentId)));
    expect(elsewhere).toMatchObject({ status: 422, body: { error: { details: { fields: { "passage.quote": expect.any(String) } } } } });
    expect(await call(w.participant, () => documentQuestions.POST(request("POST", "/", { text: "x".repeat(501) }), at(w.documentId)))).toMatchObject({ status: 422 });
    expect(await db().question.count({ where: { documentId: w.documentId } })).toBe(before);
  });

  it("GET and PATCH a question: moderators edit; closesAt in the past 422; participant 403; 401; dismissed 404 for participants", async () => {
    const q = await w.question({ status: "approved" });
    expect(await call(w.viewer, () => questionRoute.GET(request("GET", "/"), at(q.id)))).toMatchObject({ status: 200, body: { id: q.id, status: "approved", url: `/documents/${w.documentId}/debates/${q.id}` } });
    const closesAt = new Date(Date.now() + 3_600_000).toISOString();
    expect(await call(w.moderator, () => questionRoute.PATCH(request("PATCH", "/", { text: "Edited?", closesAt, anonymous: true }), at(q.id)))).toMatchObject({
      status: 200,
      body: { text: "Edited?", closesAt, anonymous: true },
    });
    expect(await call(w.moderator, () => questionRoute.PATCH(request("PATCH", "/", { closesAt: new Date(Date.now() - 1000).toISOString() }), at(q.id)))).toMatchObject({ status: 422 });
    expect(await call(w.participant, () => questionRoute.PATCH(request("PATCH", "/", { text: "Mine" }), at(q.id)))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => questionRoute.PATCH(request("PATCH", "/", { text: "Mine" }), at(q.id)))).toMatchObject({ status: 401 });
    expect(await call(ANONYMOUS, () => questionRoute.GET(request("GET", "/"), at(q.id)))).toMatchObject({ status: 401 });
    expect(await call(w.stranger, () => questionRoute.GET(request("GET", "/"), at(q.id)))).toMatchObject({ status: 404 });
    expect((await debateCounts(q.id)).questions.text).toBe("Edited?");
    const dismissed = await w.question({ status: "dismissed" });
    expect(await call(w.participant, () => questionRoute.GET(request("GET", "/"), at(dismissed.id)))).toMatchObject({ status: 404 });
  });

  it("phases: the allowed transitions, 409 invalid_transition otherwise, close needs an outcome, reopen keeps it", async () => {
    const q = await w.question({ status: "proposed" });
    const act = (actor: Actor, body: unknown) => call(actor, () => phase.POST(request("POST", "/", body), at(q.id)));
    expect(await act(w.participant, { action: "approve" })).toMatchObject({ status: 403 });
    expect(await act(ANONYMOUS, { action: "approve" })).toMatchObject({ status: 401 });
    expect(await act(w.moderator, { action: "close", outcome: "Done" })).toMatchObject({ status: 409, body: { error: { code: "invalid_transition" } } });
    expect(await act(w.moderator, { action: "approve" })).toMatchObject({ status: 200, body: { status: "approved" } });
    expect(await act(w.moderator, { action: "approve" })).toMatchObject({ status: 409, body: { error: { code: "invalid_transition" } } });
    expect(await act(w.moderator, { action: "open" })).toMatchObject({ status: 200, body: { status: "open", can: { argue: true, moderate: true } } });
    expect(await act(w.moderator, { action: "dismiss" })).toMatchObject({ status: 409 });
    expect(await act(w.moderator, { action: "close" })).toMatchObject({ status: 422 });
    expect(await act(w.moderator, { action: "close", outcome: "x".repeat(5001) })).toMatchObject({ status: 422 });
    expect((await debateCounts(q.id)).questions.status).toBe("open");
    await call(w.moderator, () => timer.POST(request("POST", "/", { action: "start", seconds: 60 }), at(q.id)));
    const closed = await act(w.moderator, { action: "close", outcome: "We agreed it helps sometimes." });
    expect(closed).toMatchObject({ status: 200, body: { status: "closed", outcome: "We agreed it helps sometimes.", round: null, closedAt: expect.any(String) } });
    expect(await act(w.moderator, { action: "reopen" })).toMatchObject({ status: 200, body: { status: "open", outcome: "We agreed it helps sometimes.", closedAt: null } });
    expect(await act(w.moderator, { action: "bogus" })).toMatchObject({ status: 422 });

    const proposal = await w.question({ status: "proposed" });
    const dismiss = await call(w.moderator, () => phase.POST(request("POST", "/", { action: "dismiss" }), at(proposal.id)));
    expect(dismiss).toMatchObject({ status: 200, body: { status: "dismissed" } });
    expect(await call(w.moderator, () => phase.POST(request("POST", "/", { action: "reopen" }), at(proposal.id)))).toMatchObject({ status: 200, body: { status: "proposed" } });
  });

  it("round timer: start and stop while open (moderators), 409 otherwise, bounds 422", async () => {
    const q = await w.question();
    const act = (actor: Actor, body: unknown, id = q.id) => call(actor, () => timer.POST(request("POST", "/", body), at(id)));
    const started = await act(w.moderator, { action: "start", seconds: 90 });
    expect(started.status).toBe(200);
    expect(Date.parse(started.body.round.endsAt) - Date.parse(started.body.round.startedAt)).toBe(90_000);
    expect(await act(w.moderator, { action: "stop" })).toMatchObject({ status: 200, body: { round: null } });
    expect(await act(w.moderator, { action: "start", seconds: 10 })).toMatchObject({ status: 422 });
    expect(await act(w.moderator, { action: "start", seconds: 7201 })).toMatchObject({ status: 422 });
    expect(await act(w.participant, { action: "stop" })).toMatchObject({ status: 403 });
    expect(await act(ANONYMOUS, { action: "stop" })).toMatchObject({ status: 401 });
    const approved = await w.question({ status: "approved" });
    expect(await act(w.moderator, { action: "start", seconds: 60 }, approved.id)).toMatchObject({ status: 409, body: { error: { code: "question_not_open" } } });
  });

  it("arguments: post pro/con with evidence; 409 not open or locked, 422 bad parent, body, passage of another document; 403 viewer and asAuthor; nothing written", async () => {
    const q = await w.question();
    const post = (actor: Actor, body: unknown, id = q.id) => call(actor, () => questionArguments.POST(request("POST", "/", body), at(id)));
    const quote = "Trust is built by institutions.";
    const pro = await post(w.participant, { parentId: null, stance: "pro", body: "Institutions matter.", evidence: [{ type: "passage", start: 0, end: 5, quote }, { type: "citation", key: w.citations[0].key }] });
    expect(pro).toMatchObject({ status: 201, body: { parentId: null, stance: "pro", body: "Institutions matter.", author: { name: "Claims participant", isSelf: true, pseudonymous: false }, can: { edit: true, reply: true, rate: true } } });
    expect(pro.body.evidence[0]).toEqual({ type: "passage", start: w.plainText.indexOf(quote), end: w.plainText.indexOf(quote) + quote.length, quote });
    const con = await post(w.author, { parentId: pro.body.id, stance: "con", body: "Not only.", asAuthor: true });
    expect(con).toMatchObject({ status: 201, body: { parentId: pro.body.id, asAuthor: true } });

    const before = await debateCounts(q.id);
    expect(await post(w.viewer, { parentId: null, stance: "pro", body: "x" })).toMatchObject({ status: 403 });
    expect(await post(ANONYMOUS, { parentId: null, stance: "pro", body: "x" })).toMatchObject({ status: 401 });
    expect(await post(w.stranger, { parentId: null, stance: "pro", body: "x" })).toMatchObject({ status: 404 });
    expect(await post(w.participant, { parentId: null, stance: "pro", body: "x", asAuthor: true })).toMatchObject({ status: 403 });
    expect(await post(w.participant, { parentId: null, stance: "pro", body: "x".repeat(1001) })).toMatchObject({ status: 422, body: { error: { details: { fields: { body: expect.any(String) } } } } });
    expect(await post(w.participant, { parentId: null, stance: "pro", body: "   " })).toMatchObject({ status: 422 });
    expect(await post(w.participant, { parentId: null, stance: "maybe", body: "x" })).toMatchObject({ status: 422 });
    const otherQuestion = await w.question();
    const foreign = await w.argue(otherQuestion.id, w.participant);
    expect(await post(w.participant, { parentId: foreign.id, stance: "pro", body: "x" })).toMatchObject({ status: 422, body: { error: { details: { fields: { parentId: expect.any(String) } } } } });
    expect(await post(w.participant, { parentId: null, stance: "pro", body: "x", evidence: [{ type: "passage", start: 0, end: 10, quote: "Entirely different words" }] })).toMatchObject({ status: 422 });
    expect(await post(w.participant, { parentId: null, stance: "pro", body: "x", evidence: [{ type: "passage", start: 0, end: 5, quote, documentId: w.otherPaperId }] })).toMatchObject({
      status: 422,
      body: { error: { details: { fields: { "evidence.0.documentId": expect.any(String) } } } },
    });
    await db().argument.update({ where: { id: pro.body.id }, data: { lockedAt: new Date() } });
    expect(await post(w.other, { parentId: con.body.id, stance: "pro", body: "Below a locked branch." })).toMatchObject({ status: 409, body: { error: { code: "branch_locked" } } });
    await db().argument.update({ where: { id: pro.body.id }, data: { lockedAt: null } });
    for (const status of ["proposed", "approved", "closed", "dismissed"] as const) {
      const notOpen = await w.question({ status });
      const answer = await post(status === "dismissed" ? w.moderator : w.participant, { parentId: null, stance: "pro", body: "x" }, notOpen.id);
      expect(answer).toMatchObject({ status: 409, body: { error: { code: "question_not_open" } } });
    }
    expect(await debateCounts(q.id)).toEqual(before);
  });

  it("listing: display order, hidden bodies for moderators only, merged arguments under mergedFrom; 401 and 404", async () => {
    const q = await w.question();
    const first = await w.argue(q.id, w.participant, { body: "First" });
    const second = await w.argue(q.id, w.other, { body: "Second", stance: "con" });
    const reply = await w.argue(q.id, w.other, { body: "Reply", parentId: first.id });
    await db().argument.update({ where: { id: second.id }, data: { pinnedAt: new Date() } });
    const list = (actor: Actor) => call(actor, () => questionArguments.GET(request("GET", "/"), at(q.id)));
    expect((await list(w.viewer)).body.items.map((item: { id: string }) => item.id)).toEqual([second.id, first.id, reply.id]);
    expect(await call(w.moderator, () => moderation.POST(request("POST", "/", { action: "hide", reason: "Rude" }), at(first.id)))).toMatchObject({ status: 200, body: { status: "hidden", hiddenReason: "Rude", body: "First" } });
    const forViewer = (await list(w.viewer)).body;
    expect(forViewer.items.find((item: { id: string }) => item.id === first.id)).toMatchObject({ body: "", hiddenReason: "Rude", status: "hidden" });
    expect(forViewer.items.map((item: { id: string }) => item.id)).toContain(reply.id);
    expect(forViewer.question).toMatchObject({ id: q.id, argumentCount: 3 });
    expect(await list(ANONYMOUS)).toMatchObject({ status: 401 });
    expect(await list(w.stranger)).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("edit and revisions: the author only, until replied to; history kept", async () => {
    const q = await w.question();
    const mine = await w.argue(q.id, w.participant, { body: "Draft" });
    const path = (actor: Actor, body: unknown, id = mine.id) => call(actor, () => argumentRoute.PATCH(request("PATCH", "/", body), at(id)));
    expect(await path(w.participant, { body: "Final", evidence: [{ type: "url", url: "https://example.org" }] })).toMatchObject({ status: 200, body: { body: "Final", edited: true, evidence: [{ type: "url" }] } });
    expect(await path(w.other, { body: "Theirs" })).toMatchObject({ status: 403 });
    expect(await path(ANONYMOUS, { body: "Theirs" })).toMatchObject({ status: 401 });
    expect(await call(w.viewer, () => revisions.GET(request("GET", "/"), at(mine.id)))).toMatchObject({ status: 200, body: { items: [{ body: "Draft", evidence: [] }], nextCursor: null } });
    expect(await call(ANONYMOUS, () => revisions.GET(request("GET", "/"), at(mine.id)))).toMatchObject({ status: 401 });
    expect(await call(w.stranger, () => revisions.GET(request("GET", "/"), at(mine.id)))).toMatchObject({ status: 404 });
    await w.argue(q.id, w.other, { parentId: mine.id });
    const before = await debateCounts(q.id);
    expect(await path(w.participant, { body: "Again" })).toMatchObject({ status: 409, body: { error: { code: "has_replies" } } });
    expect(await debateCounts(q.id)).toEqual(before);
  });

  it("rating: PUT 0..4 and DELETE; 422 outside, 403 viewer, 409 when not open, 401", async () => {
    const q = await w.question();
    const arg = await w.argue(q.id, w.other);
    const put = (actor: Actor, body: unknown) => call(actor, () => rating.PUT(request("PUT", "/", body), at(arg.id)));
    expect(await put(w.participant, { value: 3 })).toMatchObject({ status: 200, body: { rating: { visible: true, mean: 3, count: 1, mine: 3, distribution: [0, 0, 0, 1, 0] } } });
    expect(await put(w.participant, { value: 1 })).toMatchObject({ status: 200, body: { rating: { mean: 1, count: 1, mine: 1 } } });
    const before = await debateCounts(q.id);
    for (const value of [-1, 5, 2.5, "3"]) expect(await put(w.moderator, { value })).toMatchObject({ status: 422 });
    expect(await put(w.viewer, { value: 2 })).toMatchObject({ status: 403 });
    expect(await put(ANONYMOUS, { value: 2 })).toMatchObject({ status: 401 });
    expect(await debateCounts(q.id)).toEqual(before);
    expect(await call(w.participant, () => rating.DELETE(request("DELETE", "/"), at(arg.id)))).toMatchObject({ status: 200, body: { rating: { count: 0, mine: null } } });
    expect(await call(ANONYMOUS, () => rating.DELETE(request("DELETE", "/"), at(arg.id)))).toMatchObject({ status: 401 });
    await db().question.update({ where: { id: q.id }, data: { status: "closed", outcome: "Done" } });
    expect(await put(w.participant, { value: 2 })).toMatchObject({ status: 409, body: { error: { code: "question_not_open" } } });
  });

  it("moderation: pin, lock, hide (reason required), restore; audited; 403 participant, 401", async () => {
    const q = await w.question();
    const arg = await w.argue(q.id, w.participant);
    const act = (actor: Actor, body: unknown) => call(actor, () => moderation.POST(request("POST", "/", body), at(arg.id)));
    expect(await act(w.moderator, { action: "pin" })).toMatchObject({ status: 200, body: { pinned: true } });
    expect(await act(w.moderator, { action: "pin" })).toMatchObject({ status: 409 });
    expect(await act(w.moderator, { action: "lock" })).toMatchObject({ status: 200, body: { locked: true, can: { reply: false } } });
    expect(await act(w.moderator, { action: "hide" })).toMatchObject({ status: 422, body: { error: { details: { fields: { reason: expect.any(String) } } } } });
    expect(await act(w.moderator, { action: "hide", reason: "Off topic" })).toMatchObject({ status: 200, body: { status: "hidden" } });
    expect(await act(w.moderator, { action: "restore" })).toMatchObject({ status: 200, body: { status: "visible", hiddenReason: null } });
    expect(await act(w.participant, { action: "unpin" })).toMatchObject({ status: 403 });
    expect(await act(ANONYMOUS, { action: "unpin" })).toMatchObject({ status: 401 });
    const audit = await db().auditEvent.findMany({ where: { targetId: arg.id }, select: { action: true, data: true }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["argument.pinned", "argument.locked", "argument.hidden", "argument.restored"]);
    expect(await db().inboxItem.count({ where: { userId: w.participant.userId, kind: "hidden", data: { path: ["argumentId"], equals: arg.id } } })).toBe(1);
  });

  it("move: re-parent within the question; own subtree 422 cycle; another question 422; 403, 401", async () => {
    const q = await w.question();
    const a = await w.argue(q.id, w.participant);
    const b = await w.argue(q.id, w.participant);
    const a1 = await w.argue(q.id, w.other, { parentId: a.id });
    const act = (actor: Actor, id: string, body: unknown) => call(actor, () => move.POST(request("POST", "/", body), at(id)));
    expect(await act(w.moderator, a1.id, { parentId: b.id, stance: "con" })).toMatchObject({ status: 200, body: { parentId: b.id, stance: "con" } });
    const before = await debateCounts(q.id);
    expect(await act(w.moderator, b.id, { parentId: a1.id, stance: "pro" })).toMatchObject({ status: 422, body: { error: { code: "cycle" } } });
    expect(await act(w.moderator, b.id, { parentId: b.id, stance: "pro" })).toMatchObject({ status: 422, body: { error: { code: "cycle" } } });
    const elsewhere = await w.argue((await w.question()).id, w.participant);
    expect(await act(w.moderator, b.id, { parentId: elsewhere.id, stance: "pro" })).toMatchObject({ status: 422 });
    expect(await act(w.participant, b.id, { parentId: null, stance: "pro" })).toMatchObject({ status: 403 });
    expect(await act(ANONYMOUS, b.id, { parentId: null, stance: "pro" })).toMatchObject({ status: 401 });
    expect(await debateCounts(q.id)).toEqual(before);
  });

  it("merge and undo: children move and come back; own descendant 422; merged 409; undo twice 409; 403, 401", async () => {
    const q = await w.question();
    const source = await w.argue(q.id, w.participant, { body: "Duplicate" });
    const target = await w.argue(q.id, w.other, { body: "Original" });
    const child = await w.argue(q.id, w.other, { parentId: source.id, stance: "con", body: "Child" });
    await db().argumentRating.create({ data: { argumentId: source.id, userId: w.other.userId, value: 4 } });
    const act = (actor: Actor, id: string, body: unknown) => call(actor, () => merge.POST(request("POST", "/", body), at(id)));

    const before = await debateCounts(q.id);
    expect(await act(w.moderator, source.id, { targetId: child.id })).toMatchObject({ status: 422, body: { error: { code: "cycle" } } });
    expect(await act(w.moderator, source.id, { targetId: source.id })).toMatchObject({ status: 422 });
    expect(await act(w.participant, source.id, { targetId: target.id })).toMatchObject({ status: 403 });
    expect(await act(ANONYMOUS, source.id, { targetId: target.id })).toMatchObject({ status: 401 });
    expect(await debateCounts(q.id)).toEqual(before);

    const merged = await act(w.moderator, source.id, { targetId: target.id });
    expect(merged).toMatchObject({ status: 200, body: { merge: { sourceId: source.id, targetId: target.id, movedChildIds: [child.id] }, target: { id: target.id, childCount: 1, mergedFrom: [{ argumentId: source.id, body: "Duplicate" }] } } });
    expect(await act(w.moderator, source.id, { targetId: target.id })).toMatchObject({ status: 409 });
    const listing = (await call(w.viewer, () => questionArguments.GET(request("GET", "/"), at(q.id)))).body;
    expect(listing.items.map((item: { id: string; parentId: string | null; stance: string }) => [item.id, item.parentId, item.stance])).toEqual([
      [target.id, null, "pro"],
      [child.id, target.id, "con"],
    ]);
    expect(await db().argumentRating.count({ where: { argumentId: source.id } })).toBe(1);

    const mergeId = merged.body.merge.id as string;
    expect(await call(w.participant, () => undo.POST(request("POST", "/"), at(mergeId)))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => undo.POST(request("POST", "/"), at(mergeId)))).toMatchObject({ status: 401 });
    expect(await call(w.stranger, () => undo.POST(request("POST", "/"), at(mergeId)))).toMatchObject({ status: 404 });
    expect(await call(w.moderator, () => undo.POST(request("POST", "/"), at(mergeId)))).toMatchObject({ status: 200, body: { source: { id: source.id, parentId: null, childCount: 1 }, targetId: target.id } });
    expect(await call(w.moderator, () => undo.POST(request("POST", "/"), at(mergeId)))).toMatchObject({ status: 409, body: { error: { code: "already_undone" } } });
    expect((await db().argument.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(source.id);
  });

  it("export: Markdown and Argdown attachments; hidden arguments omitted for non-moderators; 401, 404", async () => {
    const q = await w.question();
    const shown = await w.argue(q.id, w.participant, { body: "Shown argument" });
    const hidden = await w.argue(q.id, w.participant, { body: "Hidden argument" });
    await db().argument.update({ where: { id: hidden.id }, data: { status: "hidden", hiddenAt: new Date(), hiddenReason: "No" } });
    const get = (actor: Actor, format: string) => call(actor, () => exportRoute.GET(request("GET", `/api/questions/${q.id}/export?format=${format}`), at(q.id)));
    const markdown = await get(w.viewer, "markdown");
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(markdown.headers.get("content-disposition")).toMatch(/^attachment; filename="debate-does-scoring-ever-help\.md"$/);
    expect(markdown.body).toContain("Shown argument");
    expect(markdown.body).not.toContain("Hidden argument");
    const argdown = await get(w.moderator, "argdown");
    expect(argdown.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(argdown.body).toContain("[Question]: Does scoring ever help?");
    expect(argdown.body).toContain("Hidden argument");
    expect(shown.id).toBeTruthy();
    expect(await get(w.viewer, "pdf")).toMatchObject({ status: 422 });
    expect(await get(ANONYMOUS, "markdown")).toMatchObject({ status: 401 });
    expect(await get(w.stranger, "markdown")).toMatchObject({ status: 404 });
  });

  it("group settings: members read, owners change, moderators 403, strangers 404, 401", async () => {
    const slugAt = { params: Promise.resolve({ slug: w.slug }) };
    expect(await call(w.viewer, () => settings.GET(request("GET", "/"), slugAt))).toMatchObject({ status: 200, body: { ratingVisibility: "always", moderatorsSeeNames: true, canConfigure: false } });
    expect(await call(w.moderator, () => settings.PATCH(request("PATCH", "/", { ratingVisibility: "after_close" }), slugAt))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => settings.PATCH(request("PATCH", "/", { ratingVisibility: "after_close" }), slugAt))).toMatchObject({ status: 401 });
    expect(await call(ANONYMOUS, () => settings.GET(request("GET", "/"), slugAt))).toMatchObject({ status: 401 });
    expect(await call(w.stranger, () => settings.GET(request("GET", "/"), slugAt))).toMatchObject({ status: 404 });
    expect(await call(w.owner, () => settings.PATCH(request("PATCH", "/", { ratingVisibility: "sometimes" }), slugAt))).toMatchObject({ status: 422 });
    expect(await call(w.owner, () => settings.PATCH(request("PATCH", "/", {}), slugAt))).toMatchObject({ status: 422 });
    expect(await call(w.owner, () => settings.PATCH(request("PATCH", "/", { ratingVisibility: "after_rating", moderatorsSeeNames: false }), slugAt))).toMatchObject({
      status: 200,
      body: { ratingVisibility: "after_rating", moderatorsSeeNames: false, canConfigure: true },
    });
    await call(w.owner, () => settings.PATCH(request("PATCH", "/", { ratingVisibility: "always", moderatorsSeeNames: true }), slugAt));
  });
});
