import type { CollabServer } from "./collab-server";

// Route handlers run in Next's module graph, server.ts in Node's: a global is the one place
// both see, so API use cases can push to rooms and write marks through the live server.
const holder = globalThis as unknown as { __disputatioCollab?: CollabServer };

export function registerCollabServer(server: CollabServer) {
  holder.__disputatioCollab = server;
}

export function collabServer(): CollabServer | undefined {
  return holder.__disputatioCollab;
}
