import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { disconnectDb } from "@/lib/db";
import { startCollabHarness } from "../support/collab-harness";

/** A socket that never authenticates may not make the server buffer without bound. */
describe("unauthenticated sockets", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  beforeAll(async () => {
    harness = await startCollabHarness();
  });
  afterAll(async () => {
    await harness.close();
    await disconnectDb();
  });

  it("are closed once they send more than 256 KB before authenticating", async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${harness.port}/collab`);
    await new Promise((resolve) => socket.once("open", resolve));
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    // Awareness-shaped frames for a document name: queued by Hocuspocus until auth.
    const frame = Buffer.concat([Buffer.from([4]), Buffer.from("docname"), Buffer.alloc(32 * 1024, 1)]);
    for (let i = 0; i < 12 && socket.readyState === WebSocket.OPEN; i++) socket.send(frame);
    expect(await closed).toBe(4413);
  });
});
