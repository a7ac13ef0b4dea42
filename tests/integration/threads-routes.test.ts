import { beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import * as replies from "@/app/api/annotations/[id]/replies/route";
import * as reply from "@/app/api/annotations/[id]/replies/[replyId]/route";
import * as resolve from "@/app/api/annotations/[id]/resolve/route";
import * as reopen from "@/app/api/annotations/[id]/reopen/route";
import * as answer from "@/app/api/annotations/[id]/answer/route";
import * as reactions from "@/app/api/reactions/route";
import * as inbox from "@/app/api/inbox/route";
import * as inboxRead from "@/app/api/inbox/read/route";
import { useThreadWorld } from "../support/threads-world";

// The route layer only: who is asking comes from the session (tested with the auth routes).
const session = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/session-actor", () => ({ currentActor: async () => session.actor }));

function request(method: string, path: string, body?: unknown) {
  return new Request(`http://localhost${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
}
const params = <P extends Record<string, string>>(values: P) => ({ params: Promise.resolve(values) });

async function call(actor: Actor, run: () => Promise<Response>) {
  session.actor = actor;
  const response = await run();
  return { status: response.status, body: await response.json() };
}

describe("threads: routes", () => {
  const w = useThreadWorld();
  let noteId: string;
  let questionId: string;
  beforeAll(async () => {
    noteId = (await w.annotate(w.asker)).id;
    questionId = (await w.annotate(w.asker, { kind: "question" })).id;
  });

  it("replies: 201 with the reply, the tree on GET; 401, 403, 404 and 422 in the error shape", async () => {
    const path = `/api/annotations/${noteId}/replies`;
    const created = await call(w.participant, () => replies.POST(request("POST", path, { body: "Hello @Ada" }), params({ id: noteId })));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), annotationId: noteId, parentId: null, body: "Hello @Ada", bodyHtml: "<p>Hello @Ada</p>\n", children: [] });

    const listed = await call(w.viewer, () => replies.GET(request("GET", path), params({ id: noteId })));
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ items: [{ id: created.body.id }], nextCursor: null, total: 1, thread: { annotationId: noteId, resolved: false } });

    expect(await call(ANONYMOUS, () => replies.GET(request("GET", path), params({ id: noteId })))).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
    expect(await call(ANONYMOUS, () => replies.POST(request("POST", path, { body: "x" }), params({ id: noteId })))).toMatchObject({ status: 401 });
    expect(await call(w.viewer, () => replies.POST(request("POST", path, { body: "x" }), params({ id: noteId })))).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await call(w.outsider, () => replies.GET(request("GET", path), params({ id: noteId })))).toMatchObject({ status: 404 });
    expect(await call(w.participant, () => replies.GET(request("GET", "/api/annotations/x/replies"), params({ id: "../x" })))).toMatchObject({ status: 404 });
    const invalid = await call(w.participant, () => replies.POST(request("POST", path, { body: "" }), params({ id: noteId })));
    expect(invalid).toMatchObject({ status: 422, body: { error: { code: "invalid_input", details: { fields: { body: expect.any(String) } } } } });
  });

  it("PATCH a reply: its author 200, others 403, anonymous 401", async () => {
    const created = await call(w.participant, () => replies.POST(request("POST", `/api/annotations/${noteId}/replies`, { body: "Draft" }), params({ id: noteId })));
    const at = params({ id: noteId, replyId: created.body.id as string });
    const path = `/api/annotations/${noteId}/replies/${created.body.id}`;
    expect(await call(w.participant, () => reply.PATCH(request("PATCH", path, { body: "Final" }), at))).toMatchObject({ status: 200, body: { body: "Final", edited: true } });
    expect(await call(w.asker, () => reply.PATCH(request("PATCH", path, { body: "Mine" }), at))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => reply.PATCH(request("PATCH", path, { body: "Mine" }), at))).toMatchObject({ status: 401 });
  });

  it("resolve and reopen: the author 200, others 403, twice 409, anonymous 401", async () => {
    const at = params({ id: noteId });
    expect(await call(w.participant, () => resolve.POST(request("POST", "/", {}), at))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => resolve.POST(request("POST", "/"), at))).toMatchObject({ status: 401 });
    expect(await call(w.asker, () => resolve.POST(request("POST", "/"), at))).toMatchObject({ status: 200, body: { annotationId: noteId, resolved: true, resolvedBy: { id: w.asker.userId } } });
    expect(await call(w.asker, () => resolve.POST(request("POST", "/"), at))).toMatchObject({ status: 409, body: { error: { code: "already_resolved" } } });
    expect(await call(w.viewer, () => reopen.POST(request("POST", "/"), at))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => reopen.POST(request("POST", "/"), at))).toMatchObject({ status: 401 });
    expect(await call(w.moderator, () => reopen.POST(request("POST", "/", { reason: "Not settled" }), at))).toMatchObject({ status: 200, body: { resolved: false } });
  });

  it("answer: the asker 200, others 403, non-questions 422, anonymous 401", async () => {
    const created = await call(w.participant, () => replies.POST(request("POST", "/", { body: "Because" }), params({ id: questionId })));
    const at = params({ id: questionId });
    expect(await call(w.participant, () => answer.POST(request("POST", "/", { replyId: created.body.id }), at))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => answer.POST(request("POST", "/", { replyId: null }), at))).toMatchObject({ status: 401 });
    expect(await call(w.asker, () => answer.POST(request("POST", "/", { replyId: created.body.id }), at))).toMatchObject({ status: 200, body: { answerId: created.body.id } });
    expect(await call(w.asker, () => answer.POST(request("POST", "/", { replyId: null }), params({ id: noteId })))).toMatchObject({ status: 422, body: { error: { code: "not_a_question" } } });
  });

  it("reactions: POST and DELETE give the counts; viewers 403, anonymous 401, bad emoji 422", async () => {
    const input = { targetType: "annotation", targetId: noteId, emoji: "👍" };
    expect(await call(w.participant, () => reactions.POST(request("POST", "/api/reactions", input)))).toMatchObject({ status: 200, body: { targetType: "annotation", targetId: noteId, reactions: [{ emoji: "👍", count: 1, mine: true }] } });
    expect(await call(w.participant, () => reactions.DELETE(request("DELETE", "/api/reactions", input)))).toMatchObject({ status: 200, body: { reactions: [] } });
    expect(await call(w.viewer, () => reactions.POST(request("POST", "/api/reactions", input)))).toMatchObject({ status: 403 });
    expect(await call(ANONYMOUS, () => reactions.DELETE(request("DELETE", "/api/reactions", input)))).toMatchObject({ status: 401 });
    expect(await call(w.participant, () => reactions.POST(request("POST", "/api/reactions", { ...input, emoji: "🍕" })))).toMatchObject({ status: 422 });
  });

  it("inbox: mine only, then marked read; anonymous 401, bad ids 422", async () => {
    const mine = await call(w.asker, () => inbox.GET(request("GET", "/api/inbox?limit=2")));
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ items: expect.any(Array), nextCursor: expect.anything(), unreadCount: expect.any(Number) });
    expect(mine.body.items).toHaveLength(2);
    expect(mine.body.items[0]).toMatchObject({ kind: expect.any(String), summary: expect.any(String), read: false });

    expect(await call(w.asker, () => inboxRead.POST(request("POST", "/api/inbox/read", { ids: [mine.body.items[0].id] })))).toMatchObject({ status: 200, body: { updated: 1 } });
    expect(await call(w.asker, () => inboxRead.POST(request("POST", "/api/inbox/read")))).toMatchObject({ status: 200, body: { unreadCount: 0 } });
    expect(await call(w.asker, () => inboxRead.POST(request("POST", "/api/inbox/read", { ids: "all" })))).toMatchObject({ status: 422 });
    expect(await call(ANONYMOUS, () => inbox.GET(request("GET", "/api/inbox")))).toMatchObject({ status: 401 });
    expect(await call(ANONYMOUS, () => inboxRead.POST(request("POST", "/api/inbox/read")))).toMatchObject({ status: 401 });
    expect(await call(w.asker, () => inbox.GET(request("GET", "/api/inbox?limit=0")))).toMatchObject({ status: 422 });
  });
});
