import http from "node:http";
import path from "node:path";
import next from "next";
import { createCollabServer, type CollabServer } from "@/lib/collab/collab-server";
import { registerCollabServer } from "@/lib/collab/registry";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address-header";
import { startMailService } from "@/lib/mail/start-mail-service";

export interface RunningServer {
  url: string;
  port: number;
  collab: CollabServer;
  close(): Promise<void>;
}

/**
 * One process, one port: Next handles HTTP, Hocuspocus takes WebSocket upgrades on /collab,
 * every other upgrade (Next's dev HMR socket) goes to Next.
 */
export async function startServer(options: { port: number; hostname?: string; dev?: boolean; log?: (line: string) => void }): Promise<RunningServer> {
  const hostname = options.hostname ?? "0.0.0.0";
  const log = options.log ?? ((line: string) => console.log(line));
  const app = next({ dev: options.dev ?? false, dir: path.resolve(import.meta.dirname), hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const nextUpgrade = app.getUpgradeHandler();
  const collab = createCollabServer({ log });
  registerCollabServer(collab);

  const server = http.createServer((request, response) => {
    // Rate limits key on this; set from the socket so a client cannot choose it.
    request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
    handle(request, response).catch((error) => {
      log(`request failed: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on the server." } }));
    });
  });
  server.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) void nextUpgrade(request, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, hostname, () => resolve());
  });
  const port = (server.address() as import("node:net").AddressInfo).port;
  // The mail worker and, with INBOUND_SMTP_PORT, the server that takes replies by e-mail.
  const mail = await startMailService({ log });

  return {
    url: `http://localhost:${port}`,
    port,
    collab,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await mail.stop();
      await collab.close();
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
      await closed;
      await app.close();
    },
  };
}
