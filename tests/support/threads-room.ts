import { createCollabToken } from "@/lib/auth/collab-token";
import type { CollabServer } from "@/lib/collab/collab-server";
import { registerCollabServer } from "@/lib/collab/registry";
import { connectClient, startCollabHarness, waitFor } from "./collab-harness";

export interface RoomEvent {
  type: string;
  documentId: string;
  ids?: string[];
}

/**
 * A real collaboration server, registered so use cases broadcast through it, and a provider
 * client of `userId` in the document's room, collecting the stateless pushes it receives.
 */
export async function listenToRoom(documentId: string, userId: string) {
  const harness = await startCollabHarness();
  registerCollabServer(harness.collab);
  const client = connectClient({ port: harness.port, documentId, token: createCollabToken(userId) });
  const pushes: RoomEvent[] = [];
  client.provider.on("stateless", ({ payload }: { payload: string }) => pushes.push(JSON.parse(payload)));
  await waitFor(() => client.provider.isSynced, { what: "sync" });
  return {
    pushes,
    async close() {
      client.destroy();
      registerCollabServer(undefined as unknown as CollabServer);
      await harness.close();
    },
  };
}
