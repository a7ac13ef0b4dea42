import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addReply, markAnswer, react, resolveAnnotation } from "@/lib/threads";
import { waitFor } from "../support/collab-harness";
import { listenToRoom } from "../support/threads-room";
import { useThreadWorld } from "../support/threads-world";

/** Thread changes reach a provider client in the room, so open sidebars refetch. */
describe("threads: live pushes", () => {
  const w = useThreadWorld();
  let room: Awaited<ReturnType<typeof listenToRoom>>;
  beforeAll(async () => {
    room = await listenToRoom(w.paper.id, w.viewer.userId);
  });
  afterAll(async () => {
    await room.close();
  });

  it("tells the room about replies, reactions, resolutions and answers", async () => {
    const question = await w.annotate(w.asker, { kind: "question" });
    const expected = { type: "annotations-changed", documentId: w.paper.id, ids: [question.id] };
    const reply = await addReply(w.participant, question.id, { body: "Because." });
    await react(w.moderator, { targetType: "reply", targetId: reply.id, emoji: "👍" });
    await markAnswer(w.asker, question.id, { replyId: reply.id });
    await resolveAnnotation(w.asker, question.id);
    await waitFor(() => room.pushes.length >= 4, { what: "4 pushes" });
    expect(room.pushes).toEqual([expected, expected, expected, expected]);
  });

  it("says nothing to the room about a private annotation's thread", async () => {
    const secret = await w.annotate(w.participant, { visibility: "private" });
    const marker = await w.annotate(w.participant);
    room.pushes.length = 0;
    await addReply(w.participant, secret.id, { body: "Note to self" });
    await resolveAnnotation(w.participant, secret.id);
    // A later public change: once it arrives, anything sent before it has arrived too.
    await addReply(w.participant, marker.id, { body: "Public" });
    await waitFor(() => room.pushes.length >= 1, { what: "the public push" });
    expect(room.pushes).toEqual([{ type: "annotations-changed", documentId: w.paper.id, ids: [marker.id] }]);
  });
});
