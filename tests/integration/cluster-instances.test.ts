import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import { SYSTEM } from "@/lib/auth/actor";
import { createCollabToken } from "@/lib/auth/collab-token";
import { broadcastToDocument } from "@/lib/collab/broadcast";
import { createCollabServer } from "@/lib/collab/collab-server";
import { listPresentUsers } from "@/lib/collab/list-present-users";
import { registerCollabServer } from "@/lib/collab/registry";
import { changeMemberRole } from "@/lib/groups/change-member-role";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";
import { connectClient, waitFor, type TestClient } from "../support/collab-harness";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function reachable(url: string, timeoutMs = 500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

const redisUp = await reachable(REDIS_URL);
// CI runs these; elsewhere a machine without Redis skips them, saying why.
if (!redisUp && process.env.CI === "true") throw new Error(`cluster-instances: no Redis at ${REDIS_URL}; CI must run the multi-instance tests.`);
if (!redisUp) console.warn(`cluster-instances: skipped, no Redis at ${REDIS_URL} (start one, or set TEST_REDIS_URL).`);

// Each run its own key prefix, so parallel runs and other suites on the same Redis stay apart.
const PREFIX = `dsp-test-${randomUUID().slice(0, 8)}:`;

async function startInstance() {
  const collab = createCollabServer({ log: () => {}, redisUrl: REDIS_URL, redisPrefix: PREFIX });
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    collab,
    async close() {
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An instance in a process of its own, so the test can SIGKILL it. */
async function startChildInstance(): Promise<{ port: number; child: ChildProcess }> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/support/collab-server-process.ts")], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: process.env.DATABASE_URL, REDIS_URL, REDIS_PREFIX: PREFIX },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("READY") && resolve());
    child.once("exit", (code) => reject(new Error(`child instance exited with ${code}`)));
  });
  return { port, child };
}

describe.skipIf(!redisUp)("several instances behave as one live system (Redis bus)", () => {
  let a: Awaited<ReturnType<typeof startInstance>>;
  let b: Awaited<ReturnType<typeof startInstance>>;
  let documentId: string;
  let groupSlug: string;
  let reader: { id: string; name: string };
  let owner: { id: string };
  const clients: TestClient[] = [];

  beforeAll(async () => {
    [a, b] = await Promise.all([startInstance(), startInstance()]);
    // Route handlers on "instance A": use cases push and refresh through A.
    registerCollabServer(a.collab);
    const group = await createGroup();
    groupSlug = group.slug;
    const [ownerUser, readerUser] = await Promise.all([createUser({ name: "Owner Ona" }), createUser({ name: "Reader Rui" })]);
    owner = ownerUser;
    reader = readerUser;
    await addMember(group.id, ownerUser.id, "owner");
    await addMember(group.id, readerUser.id, "participant");
    documentId = (await importPaper(group.id)).id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all([a?.close(), b?.close()]);
    await disconnectDb();
  });

  function connect(port: number, userId: string) {
    const client = connectClient({ port, documentId, token: createCollabToken(userId) });
    clients.push(client);
    return client;
  }

  function received(client: TestClient): string[] {
    const payloads: string[] = [];
    client.provider.on("stateless", ({ payload }: { payload: string }) => payloads.push(payload));
    return payloads;
  }

  it("a room event raised on A reaches a reader on B although nobody has the paper open on A", async () => {
    const onB = connect(b.port, reader.id);
    const payloads = received(onB);
    await waitFor(() => onB.provider.isSynced, { what: "reader synced on B" });
    expect(a.collab.hocuspocus.documents.has(documentId)).toBe(false);

    broadcastToDocument({ type: "annotations-changed", documentId, ids: ["x1"] });
    await waitFor(() => payloads.some((p) => p.includes('"x1"')), { what: "room event on B", timeout: 2000 });
    // Delivered once: not a second time through the Hocuspocus Redis extension.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(payloads.filter((p) => p.includes('"x1"'))).toHaveLength(1);
    onB.destroy();
  });

  it("presence agrees: a member connected to B is listed by A, and leaves A's list when they go", async () => {
    const onB = connect(b.port, reader.id);
    await waitFor(() => onB.provider.isSynced, { what: "reader synced on B" });
    await waitFor(() => listPresentUsers([documentId])[0].users.some((user) => user.name === "Reader Rui"), { what: "reader present on A", timeout: 3000 });
    onB.destroy();
    await waitFor(() => !listPresentUsers([documentId])[0].users.some((user) => user.name === "Reader Rui"), { what: "reader gone on A", timeout: 3000 });
  });

  it("a demotion made on A makes the reader's socket on B read-only within a second", async () => {
    const onB = connect(b.port, reader.id);
    const payloads = received(onB);
    await waitFor(() => onB.provider.isSynced, { what: "reader synced on B" });
    await changeMemberRole({ kind: "user", userId: owner.id, name: "Owner Ona", color: "#000000", via: "session" }, groupSlug, reader.id, { role: "owner" });
    await waitFor(() => payloads.some((p) => p.includes("access-changed") && p.includes('"canEditText":true')), { what: "promotion on B", timeout: 1000 });
    const started = Date.now();
    await changeMemberRole(SYSTEM, groupSlug, reader.id, { role: "viewer" });
    await waitFor(() => payloads.some((p) => p.includes("access-changed") && p.includes('"canEditText":false')), { what: "demotion on B", timeout: 1000 });
    expect(Date.now() - started).toBeLessThan(1000);
    const connection = b.collab.hocuspocus.documents.get(documentId)!.getConnections()[0];
    expect(connection.readOnly).toBe(true);
    onB.destroy();
  });

  it("an instance killed with SIGKILL vanishes from presence and caps within seconds", async () => {
    const { port, child } = await startChildInstance();
    try {
      const onChild = connect(port, reader.id);
      await waitFor(() => onChild.provider.isSynced, { what: "reader synced on the child instance" });
      await waitFor(() => listPresentUsers([documentId])[0].users.some((user) => user.name === "Reader Rui"), { what: "child's reader present on A", timeout: 3000 });
      expect(a.collab.cluster.socketsOn(documentId)).toBeGreaterThanOrEqual(1);
      child.kill("SIGKILL");
      onChild.destroy();
      await waitFor(() => !listPresentUsers([documentId])[0].users.some((user) => user.name === "Reader Rui"), { what: "killed instance forgotten", timeout: 8000 });
      expect(a.collab.cluster.socketsOn(documentId)).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("counts one address's sockets on every instance", async () => {
    const before = a.collab.cluster.socketsFrom("127.0.0.1");
    const onB = connect(b.port, reader.id);
    await waitFor(() => onB.provider.isSynced, { what: "synced on B" });
    await waitFor(() => a.collab.cluster.socketsFrom("127.0.0.1") === before + 1, { what: "B's socket counted on A", timeout: 3000 });
    onB.destroy();
    await waitFor(() => a.collab.cluster.socketsFrom("127.0.0.1") === before, { what: "released on A", timeout: 3000 });
  });
});

describe("an instance that loses Redis", () => {
  it("keeps serving its own clients, says so in its log, and reports Redis down", async () => {
    const { freePort } = await import("../support/reverse-proxy");
    const deadRedis = `redis://127.0.0.1:${await freePort()}`;
    const logs: string[] = [];
    const collab = createCollabServer({ log: (line) => logs.push(line), redisUrl: deadRedis, redisPrefix: PREFIX });
    const server = http.createServer((_request, response) => response.writeHead(404).end());
    server.on("upgrade", (request, socket, head) => {
      if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const group = await createGroup();
    const member = await createUser({ name: "Cut-off reader" });
    await addMember(group.id, member.id, "participant");
    const documentId = (await importPaper(group.id)).id;
    const client = connectClient({ port: (server.address() as AddressInfo).port, documentId, token: createCollabToken(member.id) });
    const payloads: string[] = [];
    client.provider.on("stateless", ({ payload }: { payload: string }) => payloads.push(payload));
    try {
      await waitFor(() => client.provider.isSynced, { what: "client synced without Redis" });
      collab.cluster.deliverRoomEvent(documentId, JSON.stringify({ type: "annotations-changed", documentId, ids: ["local-only"] }));
      await waitFor(() => payloads.some((payload) => payload.includes("local-only")), { what: "local delivery" });
      expect(await collab.cluster.bus.ping()).toBe(false);
      await waitFor(() => logs.some((line) => line.includes("Redis is unreachable") && line.includes("keeps serving its own clients")), { what: "log line" });
    } finally {
      client.destroy();
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
