import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { disconnectDb } from "@/lib/db";
import { createCollabToken } from "@/lib/auth/collab-token";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { freePort } from "@/lib/runtime/embedded-postgres";
import { addMember, createGroup, createUser, importPaper, makeAuthor } from "../support/factories";
import { connectClient, waitFor, type TestClient } from "../support/collab-harness";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER_SCRIPT = "tests/support/collab-server-process.ts";
const BURST = 8; // insertions per burst; acknowledgement is checked between bursts
const ACKED_BURSTS_BEFORE_STOP = 3;

interface ServerProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Starts tests/support/collab-server-process.ts on `port` and waits for its READY line. */
async function startServerProcess(port: number): Promise<ServerProcess> {
  // `node --import tsx` keeps the server in this one process (no wrapper), so a signal hits it.
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_SCRIPT], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", () => {
      if (/^READY \d+$/m.test(stdout)) resolve();
    });
    void exited.then(({ code, signal }) => reject(new Error(`The collab server process exited (${code ?? signal}) before it was ready:\n${stderr}`)));
  });
  await ready;
  return { child, exited, output: () => `stdout:\n${stdout}\nstderr:\n${stderr}` };
}

/** Appends text at the end of the paper's first paragraph, as a typing user would. */
function typeInto(doc: Y.Doc, text: string) {
  const firstBlock = doc.getXmlFragment(PAPER_FIELD).get(0) as Y.XmlElement;
  const textNode = firstBlock.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
}

function paperText(doc: Y.Doc) {
  return doc.getXmlFragment(PAPER_FIELD).toString();
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Typist {
  tag: string;
  client: TestClient;
  typed: string[];
  /** Markers the server had acknowledged (every earlier update stored) before it was stopped. */
  acknowledged: string[];
  ackedBursts: number;
}

interface Run {
  stopped: boolean;
  /** Called the moment a burst is acknowledged; returns true when it stopped the server. */
  maybeStop(typist: Typist): boolean;
  onStop: Set<() => void>;
}

/** Resolves true once every update the provider sent is acknowledged, false if the server stops first. */
function acknowledgement(typist: Typist, run: Run): Promise<boolean> {
  const { provider } = typist.client;
  if (run.stopped) return Promise.resolve(false);
  if (provider.unsyncedChanges === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (acked: boolean) => {
      provider.off("unsyncedChanges", onCount);
      run.onStop.delete(onStop);
      resolve(acked);
    };
    const onCount = ({ number }: { number: number }) => number === 0 && !run.stopped && finish(true);
    const onStop = () => finish(false);
    provider.on("unsyncedChanges", onCount);
    run.onStop.add(onStop);
  });
}

/**
 * Types bursts of uniquely marked insertions, recording a burst as acknowledged only when
 * the provider has no unacknowledged update left before the server is stopped. The stop is
 * triggered right at an acknowledgement (the tightest window for an ack-before-store bug),
 * after half of the next burst is typed. Once the server is down each typist types one more
 * burst (edits that can only reach the server after the restart), then returns.
 */
async function typeUntilStopped(typist: Typist, run: Run) {
  const { provider } = typist.client;
  const type = (marker: string) => {
    typeInto(provider.document, ` ${marker}`);
    typist.typed.push(marker);
  };
  for (let burst = 0; ; burst++) {
    const markers = Array.from({ length: BURST }, (_, i) => `{${typist.tag}.${burst}.${i}}`);
    const startedAfterStop = run.stopped;
    for (const marker of markers) {
      type(marker);
      await nextTurn();
    }
    if (startedAfterStop) return;
    if (!(await acknowledgement(typist, run))) continue;
    typist.acknowledged.push(...markers);
    typist.ackedBursts += 1;
    if (run.maybeStop(typist)) {
      // Mid-burst when the signal lands: typed, sent, never acknowledged.
      for (let i = 0; i < BURST / 2; i++) type(`{${typist.tag}.${burst}.x${i}}`);
    }
  }
}

describe("collab server process stopped mid-typing", () => {
  let documentId: string;
  let authorToken: string;
  let ownerToken: string;
  const clients: TestClient[] = [];
  const processes: ServerProcess[] = [];

  beforeAll(async () => {
    const group = await createGroup();
    const [author, owner] = await Promise.all([createUser(), createUser()]);
    await addMember(group.id, author.id, "participant");
    await addMember(group.id, owner.id, "owner");
    const paper = await importPaper(group.id);
    documentId = paper.id;
    await makeAuthor(documentId, author.id);
    authorToken = createCollabToken(author.id);
    ownerToken = createCollabToken(owner.id);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of processes.splice(0)) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
  });

  afterAll(async () => {
    await disconnectDb();
  });

  async function start(port: number) {
    const server = await startServerProcess(port);
    processes.push(server);
    return server;
  }

  async function runScenario(signal: "SIGKILL" | "SIGTERM", tagPrefix: string) {
    const port = await freePort();
    const first = await start(port);
    const typists: Typist[] = [
      { tag: `${tagPrefix}A`, client: connectClient({ port, documentId, token: authorToken }), typed: [], acknowledged: [], ackedBursts: 0 },
      { tag: `${tagPrefix}O`, client: connectClient({ port, documentId, token: ownerToken }), typed: [], acknowledged: [], ackedBursts: 0 },
    ];
    clients.push(...typists.map((t) => t.client));
    await waitFor(() => typists.every((t) => t.client.provider.isSynced), { what: "both editors synced" });

    let unackedAtStop: number[] = [];
    const run: Run = {
      stopped: false,
      onStop: new Set(),
      // The author stops the server once both editors have had bursts acknowledged.
      maybeStop(typist) {
        if (run.stopped || typist !== typists[0] || !typists.every((t) => t.ackedBursts >= ACKED_BURSTS_BEFORE_STOP)) return false;
        queueMicrotask(() => {
          unackedAtStop = typists.map((t) => t.client.provider.unsyncedChanges);
          first.child.kill(signal);
          run.stopped = true;
          for (const notify of [...run.onStop]) notify();
        });
        return true;
      },
    };
    await Promise.all(typists.map((typist) => typeUntilStopped(typist, run)));
    const exit = await first.exited;

    if (signal === "SIGKILL") {
      expect(exit.signal).toBe("SIGKILL");
    } else {
      expect(exit, first.output()).toEqual({ code: 0, signal: null });
    }
    // The author was mid-burst: its last insertions were sent but never acknowledged.
    expect(unackedAtStop[0]).toBeGreaterThan(0);

    // What the database holds right now, with the server dead: every acknowledged insertion.
    const storedAtStop = (await readStoredPaper(documentId)).textContent;
    for (const typist of typists) {
      expect(typist.acknowledged.length).toBeGreaterThanOrEqual(ACKED_BURSTS_BEFORE_STOP * BURST);
      const lost = typist.acknowledged.filter((marker) => !storedAtStop.includes(marker));
      expect(lost, `acknowledged but not stored (${typist.tag})`).toEqual([]);
    }

    // Restart on the same port: the providers reconnect by themselves and merge their pending edits.
    await start(port);
    const everything = typists.flatMap((t) => t.typed);
    const [a, b] = typists.map((t) => t.client.provider);
    await waitFor(() => paperText(a.document) === paperText(b.document) && everything.every((marker) => paperText(a.document).includes(marker)), {
      timeout: 20_000,
      what: "both editors to converge on every insertion after the restart",
    });
    await waitFor(() => a.isSynced && b.isSynced && a.unsyncedChanges === 0 && b.unsyncedChanges === 0, { timeout: 20_000, what: "acknowledgements after the restart" });

    const storedAfter = (await readStoredPaper(documentId)).textContent;
    expect(everything.filter((marker) => !storedAfter.includes(marker))).toEqual([]);
    // Each insertion is in the document exactly once.
    for (const marker of everything) expect(paperText(a.document).split(marker).length).toBe(2);
  }

  it("SIGKILL then restart: nothing acknowledged is lost, and pending edits merge on reconnect", async () => {
    await runScenario("SIGKILL", "K");
  }, 60_000);

  it("SIGTERM while typing: the process exits 0 with every acknowledged edit stored", async () => {
    await runScenario("SIGTERM", "T");
  }, 60_000);
});
