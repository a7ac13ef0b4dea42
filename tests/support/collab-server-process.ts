/**
 * The collaboration server alone (an HTTP server with our Hocuspocus on /collab, no Next), as
 * a process of its own so that tests can kill it (SIGKILL) or stop it (SIGTERM) mid-typing.
 *
 *   PORT=4100 DATABASE_URL=… NEXTAUTH_SECRET=… node --import tsx tests/support/collab-server-process.ts
 *
 * Prints `READY <port>` on stdout once it listens on 127.0.0.1. On SIGTERM it closes the
 * collaboration server (which waits until every update received is stored), then the
 * database, prints `STOPPED` and exits 0 (1 when the shutdown failed). NEXTAUTH_SECRET must be
 * the test's own: collaboration tokens are HMAC-signed with it. REDIS_URL, when set, joins the
 * instances through Redis, as in production.
 */
import http from "node:http";
import { createCollabServer } from "@/lib/collab/collab-server";
import { disconnectDb } from "@/lib/db";

const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
  console.error("collab-server-process: set PORT to the port to listen on (1-65535).");
  process.exit(2);
}

// Logs go to stderr: stdout carries only the READY / STOPPED lines the parent waits for.
const collab = createCollabServer({ log: (message) => console.error(message) });
const server = http.createServer((_request, response) => response.writeHead(404).end());
server.on("upgrade", (request, socket, head) => {
  if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
});
server.once("error", (error) => {
  console.error(`collab-server-process: cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => console.log(`READY ${port}`));

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  shutdown().then(
    () => {
      console.log("STOPPED");
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`collab-server-process: shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
});

async function shutdown() {
  const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
  await collab.close();
  server.closeAllConnections();
  await httpClosed;
  await disconnectDb();
}
