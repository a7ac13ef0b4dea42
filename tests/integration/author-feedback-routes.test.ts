import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { getAnnotation, listAnnotations } from "@/lib/annotations";
import { listClaims, listStances } from "@/lib/claims";
import { listInbox } from "@/lib/threads";
import * as replies from "@/app/api/annotations/[id]/replies/route";
import * as revision from "@/app/api/annotations/[id]/revision/route";
import { makeAuthor } from "../support/factories";
import { listenToRoom } from "../support/threads-room";
import { waitFor } from "../support/collab-harness";
import { annotate, claimsSuite, type ClaimsWorld } from "../support/claims-helpers";

const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

function request(method: string, body?: unknown) {
  return new Request("http://localhost/api", { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
}
const at = (id: string) => ({ params: Promise.resolve({ id }) });

async function call(actor: Actor, run: () => Promise<Response>) {
  session.actor = actor;
  const response = await run();
  return { status: response.status, body: await response.json() };
}

// "other" is a participant and the paper's author in these tests.
describe("answer as author", () => {
  let w: ClaimsWorld;
  claimsSuite((ready) => (w = ready));
  beforeAll(async () => {
    await makeAuthor(w.documentId, w.other.userId);
  });

  it("lets the paper's author reply as author (201, a badge for everyone), and nobody else (403, nothing written)", async () => {
    const note = await annotate(w.documentId, w.participant, { kind: "comment" });
    const post = (actor: Actor, body: unknown) => call(actor, () => replies.POST(request("POST", body), at(note.id)));

    const answered = await post(w.other, { body: "We address this in section 2.", asAuthor: true });
    expect(answered).toMatchObject({ status: 201, body: { asAuthor: true, author: { id: w.other.userId } } });
    expect(await post(w.other, { body: "Speaking for myself." })).toMatchObject({ status: 201, body: { asAuthor: false } });

    for (const who of [w.participant, w.owner, w.moderator]) expect(await post(who, { body: "Me too.", asAuthor: true })).toMatchObject({ status: 403, body: { error: { code: "not_an_author" } } });
    expect(await post(w.viewer, { body: "Me too.", asAuthor: true })).toMatchObject({ status: 403 });
    expect(await post(w.stranger, { body: "Me too.", asAuthor: true })).toMatchObject({ status: 404 });
    expect(await post(ANONYMOUS, { body: "Me too.", asAuthor: true })).toMatchObject({ status: 401 });
    expect(await post(w.other, { body: "x", asAuthor: "yes" })).toMatchObject({ status: 422, body: { error: { details: { fields: { asAuthor: expect.any(String) } } } } });
    expect(await db().reply.count({ where: { annotationId: note.id } })).toBe(2);

    const seenByOthers = await call(w.viewer, () => replies.GET(request("GET"), at(note.id)));
    expect(seenByOthers.body.items.map((reply: { asAuthor: boolean }) => reply.asAuthor)).toEqual([true, false]);
    expect(seenByOthers.body.thread.canAnswerAsAuthor).toBe(false);
    expect((await call(w.other, () => replies.GET(request("GET"), at(note.id)))).body.thread.canAnswerAsAuthor).toBe(true);

    const inbox = await listInbox(w.participant);
    expect(inbox.items.find((item) => item.replyId === answered.body.id)).toMatchObject({ kind: "reply", asAuthor: true });
  });
});

describe("revised in the text", () => {
  let w: ClaimsWorld;
  claimsSuite((ready) => (w = ready));
  beforeAll(async () => {
    await makeAuthor(w.documentId, w.other.userId);
  });

  const put = (actor: Actor, id: string, body: unknown) => call(actor, () => revision.PUT(request("PUT", body), at(id)));
  const clear = (actor: Actor, id: string) => call(actor, () => revision.DELETE(request("DELETE"), at(id)));

  it("lets the paper's authors and owners mark a claim revised with a link, and take it back; the room is told", async () => {
    const claim = await annotate(w.documentId, w.participant);
    const room = await listenToRoom(w.documentId, w.viewer.userId);
    try {
      const marked = await put(w.other, claim.id, { url: " https://example.org/draft-v2#s2 ", note: "Softened in section 2." });
      expect(marked).toMatchObject({ status: 200, body: { annotationId: claim.id, revised: { url: "https://example.org/draft-v2#s2", note: "Softened in section 2.", by: { id: w.other.userId } } } });
      await waitFor(() => room.pushes.some((push) => push.type === "claims-changed" && push.ids?.includes(claim.id)), { what: "claims-changed" });
    } finally {
      await room.close();
    }
    expect(await put(w.owner, claim.id, { url: "http://example.org/v3", note: "  " })).toMatchObject({ status: 200, body: { revised: { url: "http://example.org/v3", note: null, by: { id: w.owner.userId } } } });

    const listed = await listClaims(w.viewer, w.documentId);
    expect(listed.items.find((item) => item.id === claim.id)).toMatchObject({ revised: { url: "http://example.org/v3", by: { name: "Claims owner" } } });
    expect(await listStances(w.viewer, claim.id)).toMatchObject({ canMarkRevised: false, summary: { revised: { url: "http://example.org/v3" } } });
    expect(await listStances(w.other, claim.id)).toMatchObject({ canMarkRevised: true });
    // The annotation itself says so, so the reading page needs no second request to show the badge.
    const listedAnnotations = await listAnnotations(w.viewer, w.documentId);
    expect(listedAnnotations.items.find((item) => item.id === claim.id)?.revised).toEqual({ at: expect.any(String), url: "http://example.org/v3", note: null });
    expect((await getAnnotation(w.viewer, claim.id)).revised).toMatchObject({ url: "http://example.org/v3" });

    expect(await clear(w.participant, claim.id)).toMatchObject({ status: 403 });
    expect(await clear(ANONYMOUS, claim.id)).toMatchObject({ status: 401 });
    expect(await clear(w.other, claim.id)).toMatchObject({ status: 200, body: { revised: null } });
    expect(await db().annotation.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ revisedAt: null, revisionUrl: null, revisedById: null });
    expect((await getAnnotation(w.viewer, claim.id)).revised).toBeNull();
    expect(await clear(w.other, claim.id)).toMatchObject({ status: 200, body: { revised: null } });
  });

  it("refuses others (403), what they may not read (404), bad links and non-claims (422), writing nothing", async () => {
    const claim = await annotate(w.documentId, w.participant);
    const good = { url: "https://example.org/v2" };
    for (const who of [w.participant, w.moderator, w.viewer]) expect(await put(who, claim.id, good)).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await put(w.stranger, claim.id, good)).toMatchObject({ status: 404 });
    expect(await put(ANONYMOUS, claim.id, good)).toMatchObject({ status: 401 });
    expect(await put(w.other, "not-an-id", good)).toMatchObject({ status: 404 });

    const secret = await annotate(w.documentId, w.participant, { visibility: "private" });
    expect(await put(w.other, secret.id, good)).toMatchObject({ status: 404 });
    expect(await put(w.owner, secret.id, good)).toMatchObject({ status: 404 });

    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "not a url", "", `https://example.org/${"x".repeat(2_001)}`]) {
      expect(await put(w.other, claim.id, { url })).toMatchObject({ status: 422, body: { error: { code: "invalid_input", details: { fields: { url: expect.any(String) } } } } });
    }
    expect(await put(w.other, claim.id, {})).toMatchObject({ status: 422 });
    expect(await put(w.other, claim.id, { ...good, note: "n".repeat(1_001) })).toMatchObject({ status: 422, body: { error: { details: { fields: { note: expect.any(String) } } } } });
    const comment = await annotate(w.documentId, w.participant, { kind: "comment" });
    expect(await put(w.other, comment.id, good)).toMatchObject({ status: 422, body: { error: { code: "not_a_claim" } } });
    expect(await clear(w.other, comment.id)).toMatchObject({ status: 422 });
    expect(await db().annotation.count({ where: { id: { in: [claim.id, comment.id, secret.id] }, revisedAt: { not: null } } })).toBe(0);
  });
});

