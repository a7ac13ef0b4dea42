import http from "node:http";
import type { AddressInfo } from "node:net";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import { createCollabServer, type CollabServer } from "@/lib/collab/collab-server";

/** A real HTTP server with our Hocuspocus on /collab, on a free port (no Next needed). */
export async function startCollabHarness(port = 0): Promise<{ port: number; collab: CollabServer; close(): Promise<void> }> {
  const collab = createCollabServer({ log: () => {} });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    collab,
    async close() {
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface TestClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  authFailed: Promise<string>;
  destroy(): void;
}

/** A real @hocuspocus/provider client in Node, reconnecting fast so tests stay quick. */
export function connectClient(options: { port: number; documentId: string; token: string | (() => string) }): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${options.port}/collab`,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 50,
    maxDelay: 500,
    factor: 1.5,
  });
  let reportFailure: (reason: string) => void = () => {};
  const authFailed = new Promise<string>((resolve) => (reportFailure = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentId,
    token: options.token,
    onAuthenticationFailed: ({ reason }) => reportFailure(reason),
  });
  provider.attach();
  return {
    provider,
    socket,
    authFailed,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls until `check` passes (no fixed sleeps in tests). */
export async function waitFor(check: () => boolean | Promise<boolean>, { timeout = 10_000, interval = 20, what = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
}
