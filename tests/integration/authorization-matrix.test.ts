import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { disconnectDb } from "@/lib/db";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/create-api-token";
import { createCollabToken } from "@/lib/auth/collab-token";
import { DomainError } from "@/lib/documents/errors";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { createPublicLink, deleteDocument, getDocument, importDocument } from "@/lib/documents";
import { addMember, createGroup, createUser, importPaper, makeAuthor } from "../support/factories";
import { connectClient, startCollabHarness, waitFor } from "../support/collab-harness";

/**
 * The authorization matrix through the real use cases and the real socket: every role (by
 * session and by API token) against every action the app has, asserting the exact outcome.
 * "allow" or the HTTP status the route answers. Anonymous callers get 401 from the routes'
 * requireActor before any use case runs; that layer is mirrored by `attempt`. Annotate and
 * moderate have no use case yet: the policy table (tests/unit/auth/policy-matrix.test.ts)
 * covers them until they do.
 */
type Who = "owner" | "moderator" | "author" | "participant" | "viewer" | "non-member" | "anonymous";
type Outcome = "allow" | 401 | 403 | 404;
type Action = "read document" | "edit text over WebSocket" | "import document" | "share document" | "delete document" | "create token";

const EXPECTED: Record<Action, Record<Who, Outcome>> = {
  "read document": { owner: "allow", moderator: "allow", author: "allow", participant: "allow", viewer: "allow", "non-member": 404, anonymous: 401 },
  "edit text over WebSocket": { owner: "allow", moderator: 403, author: "allow", participant: 403, viewer: 403, "non-member": 404, anonymous: 401 },
  "import document": { owner: "allow", moderator: "allow", author: 403, participant: 403, viewer: 403, "non-member": 404, anonymous: 401 },
  "share document": { owner: "allow", moderator: 403, author: 403, participant: 403, viewer: 403, "non-member": 404, anonymous: 401 },
  "delete document": { owner: "allow", moderator: 403, author: 403, participant: 403, viewer: 403, "non-member": 404, anonymous: 401 },
  "create token": { owner: "allow", moderator: "allow", author: "allow", participant: "allow", viewer: "allow", "non-member": "allow", anonymous: 401 },
};
const WHO = Object.keys(EXPECTED["read document"]) as Who[];

async function attempt(actor: Actor, run: () => Promise<unknown>): Promise<Outcome> {
  if (actor.kind === "anonymous") return 401;
  try {
    await run();
    return "allow";
  } catch (error) {
    if (error instanceof DomainError && (error.status === 403 || error.status === 404)) return error.status;
    throw error;
  }
}

describe("authorization matrix", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let groupId: string;
  const users = new Map<Who, { id: string; name: string }>();

  beforeAll(async () => {
    harness = await startCollabHarness();
    groupId = (await createGroup()).id;
    for (const who of WHO) {
      if (who === "anonymous") continue;
      const user = await createUser({ name: `Matrix ${who}` });
      users.set(who, user);
      const role = who === "author" ? "participant" : who;
      if (who !== "non-member") await addMember(groupId, user.id, role as "owner");
    }
  });
  afterAll(async () => {
    await harness.close();
    await disconnectDb();
  });

  const actorOf = (who: Who, via: "session" | "token"): Actor => {
    const user = users.get(who);
    return user ? { kind: "user", userId: user.id, name: user.name, color: "#000", via } : ANONYMOUS;
  };

  /** A fresh paper per check, with the matrix's author holding the author role on it. */
  async function freshPaper() {
    const paper = await importPaper(groupId);
    await makeAuthor(paper.id, users.get("author")!.id);
    return paper.id;
  }

  /** Edits through a real provider; "allow" only if the edit is stored, 404 if refused at connect. */
  async function editOverSocket(who: Who, documentId: string): Promise<Outcome> {
    const user = users.get(who);
    if (!user) return 401;
    const client = connectClient({ port: harness.port, documentId, token: createCollabToken(user.id) });
    try {
      const outcome = await Promise.race([
        client.authFailed.then(() => 404 as const),
        waitFor(() => client.provider.isSynced, { what: "sync" }).then(() => null),
      ]);
      if (outcome) return outcome;
      const marker = ` matrix-${who}-${Math.random().toString(36).slice(2)}`;
      const paragraph = client.provider.document.getXmlFragment(PAPER_FIELD).get(1) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(0, marker);
      // An accepted edit is acknowledged after it is stored; a refused one stays unacknowledged
      // (Hocuspocus answers it with a negative sync status), so the wait below is bounded.
      await waitFor(() => !client.provider.hasUnsyncedChanges, { what: "acknowledgement", timeout: 1500 }).catch(() => {});
      return (await readStoredPaper(documentId)).textContent.includes(marker.trim()) ? "allow" : 403;
    } finally {
      client.destroy();
    }
  }

  for (const via of ["session", "token"] as const) {
    describe(`signed in by ${via}`, () => {
      it.each(WHO)("%s", async (who) => {
        const actor = actorOf(who, via);
        const observed: Record<Action, Outcome> = {
          "read document": await attempt(actor, async () => getDocument(actor, await freshPaper())),
          "edit text over WebSocket": await editOverSocket(who, await freshPaper()),
          "import document": await attempt(actor, () =>
            importDocument(actor, { bytes: new TextEncoder().encode("A title\n\nSome text."), filename: "a.txt", title: "Matrix import", groupId }),
          ),
          "share document": await attempt(actor, async () => createPublicLink(actor, await freshPaper())),
          "delete document": await attempt(actor, async () => deleteDocument(actor, await freshPaper())),
          "create token": await attempt(actor, () => createApiToken(actor, users.get(who)?.id ?? "", "matrix")),
        };
        const expected = Object.fromEntries(
          Object.entries(EXPECTED).map(([action, row]) => {
            let outcome = row[who];
            // A leaked token must not mint more tokens; the socket always uses a session-minted collab token.
            if (action === "create token" && via === "token" && outcome === "allow") outcome = 403;
            return [action, outcome];
          }),
        );
        expect(observed).toEqual(expected);
      });
    });
  }
});
