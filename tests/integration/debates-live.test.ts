import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { changePhase, createArgument, getQuestion, listQuestions, rateArgument } from "@/lib/debates";
import { waitFor } from "../support/collab-harness";
import { listenToRoom } from "../support/threads-room";
import { debatesWorld, type DebatesWorld } from "./debates-world";

type Push = { type: string; documentId: string; questionId?: string; ids?: string[] };

/** Debate changes reach a provider client in the room; scheduled closes happen once, lazily. */
describe("debates: live pushes and scheduled close", () => {
  let w: DebatesWorld;
  let room: Awaited<ReturnType<typeof listenToRoom>>;
  let pushes: Push[];

  beforeAll(async () => {
    w = await debatesWorld();
    room = await listenToRoom(w.documentId, w.viewer.userId);
    pushes = room.pushes as Push[];
  });
  afterAll(async () => {
    await room.close();
    await disconnectDb();
  });

  async function pushed(run: () => Promise<unknown>, match: (push: Push) => boolean) {
    pushes.length = 0;
    await run();
    await waitFor(() => pushes.some(match), { what: "the push" });
    return pushes.filter(match);
  }

  it("a posted argument and a rating push debate-changed with ids only (no content)", async () => {
    const q = await w.question();
    let id = "";
    const events = await pushed(
      async () => (id = (await createArgument(w.participant, q.id, { parentId: null, stance: "pro", body: "Secret content" })).id),
      (push) => push.type === "debate-changed",
    );
    expect(events).toEqual([{ type: "debate-changed", documentId: w.documentId, questionId: q.id, ids: [id] }]);
    expect(JSON.stringify(events)).not.toContain("Secret content");
    expect(await pushed(() => rateArgument(w.other, id, { value: 2 }), (push) => push.type === "debate-changed")).toHaveLength(1);
  });

  it("phase changes push questions-changed", async () => {
    const q = await w.question({ status: "approved" });
    expect(await pushed(() => changePhase(w.moderator, q.id, { action: "open" }), (push) => push.type === "questions-changed")).toEqual([{ type: "questions-changed", documentId: w.documentId, ids: [q.id] }]);
  });

  it("an open question past its scheduled close is closed once, on the next read, and the room is told", async () => {
    const q = await w.question({ closesAt: new Date(Date.now() - 60_000) });
    const reads = () => Promise.all([getQuestion(w.viewer, q.id), getQuestion(w.participant, q.id), listQuestions(w.moderator, w.documentId)]);
    const events = await pushed(reads, (push) => push.type === "questions-changed" && (push.ids ?? []).includes(q.id));
    expect(events).toHaveLength(1);
    const read = await getQuestion(w.viewer, q.id);
    expect(read).toMatchObject({ status: "closed", outcome: null, closedAt: q.closesAt!.toISOString(), can: { argue: false } });
    expect((await db().question.findUniqueOrThrow({ where: { id: q.id } })).status).toBe("closed");
    await expect(createArgument(w.participant, q.id, { parentId: null, stance: "pro", body: "Too late" })).rejects.toMatchObject({ status: 409, code: "question_not_open" });
  });
});
