import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import { createCollabToken } from "@/lib/auth/collab-token";
import type { CollabServer } from "@/lib/collab/collab-server";
import { registerCollabServer } from "@/lib/collab/registry";
import { setStance, withdrawStance } from "@/lib/claims";
import { hideContent, restoreContent } from "@/lib/moderation";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";
import { annotate, claimsWorld } from "../support/claims-helpers";

/** Stance and moderation changes reach a provider client in the room as stateless pushes. */
describe("live pushes for claims and moderation", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let world: Awaited<ReturnType<typeof claimsWorld>>;
  let client: TestClient;
  const pushes: { type: string; documentId: string; ids?: string[] }[] = [];

  beforeAll(async () => {
    harness = await startCollabHarness();
    registerCollabServer(harness.collab);
    world = await claimsWorld();
    client = connectClient({ port: harness.port, documentId: world.documentId, token: createCollabToken(world.viewer.userId) });
    client.provider.on("stateless", ({ payload }: { payload: string }) => pushes.push(JSON.parse(payload)));
    await waitFor(() => client.provider.isSynced, { what: "sync" });
  });
  afterAll(async () => {
    client.destroy();
    registerCollabServer(undefined as unknown as CollabServer);
    await harness.close();
    await disconnectDb();
  });

  async function nextPushes(count: number, run: () => Promise<unknown>) {
    pushes.length = 0;
    await run();
    await waitFor(() => pushes.length >= count, { what: `${count} push(es)` });
    return [...pushes];
  }

  it("tells the room when a stance is taken or withdrawn", async () => {
    const claim = await annotate(world.documentId, world.owner);
    const expected = { type: "claims-changed", documentId: world.documentId, ids: [claim.id] };
    expect(await nextPushes(1, () => setStance(world.participant, claim.id, { value: "supported", reason: "Yes." }))).toEqual([expected]);
    expect(await nextPushes(1, () => withdrawStance(world.participant, claim.id))).toEqual([expected]);
  });

  it("does not name a private claim to the room", async () => {
    const secret = await annotate(world.documentId, world.participant, { visibility: "private" });
    expect(await nextPushes(1, () => setStance(world.participant, secret.id, { value: "contested", reason: "Hm." }))).toEqual([{ type: "claims-changed", documentId: world.documentId }]);
  });

  it("tells the room when a claim is hidden or restored", async () => {
    const claim = await annotate(world.documentId, world.other);
    const pushed = await nextPushes(2, () => hideContent(world.moderator, "annotation", claim.id, { reason: "Off topic." }));
    expect(pushed).toEqual([
      { type: "annotations-changed", documentId: world.documentId, ids: [claim.id] },
      { type: "claims-changed", documentId: world.documentId, ids: [claim.id] },
    ]);
    expect(await nextPushes(2, () => restoreContent(world.moderator, "annotation", claim.id))).toHaveLength(2);
  });
});
