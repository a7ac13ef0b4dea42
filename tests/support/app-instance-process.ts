/**
 * One whole app instance (Next + Hocuspocus on one port, the built `.next`), as a process of its
 * own so a test can run several behind a reverse proxy and SIGKILL one.
 *
 *   PORT=0 DATABASE_URL=… REDIS_URL=… NEXTAUTH_SECRET=… node --import tsx tests/support/app-instance-process.ts
 *
 * Prints `READY <port>` on stdout once it listens on 127.0.0.1; on SIGTERM it closes cleanly
 * (every pending update stored) and prints `STOPPED`. Needs a build (`npm start` made one).
 */
import { startServer } from "../../server";
import { disconnectDb } from "@/lib/db";

const port = Number(process.env.PORT ?? 0);
const server = await startServer({ port, hostname: "127.0.0.1", log: (line) => console.error(line) });
console.log(`READY ${server.port}`);

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  void server
    .close()
    .then(() => disconnectDb())
    .then(
      () => {
        console.log("STOPPED");
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`app-instance-process: shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
});
