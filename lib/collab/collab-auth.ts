import type { Extension, onAuthenticatePayload, onStatelessPayload } from "@hocuspocus/server";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseGuestSubject, verifyCollabToken } from "@/lib/auth/collab-token";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can, type DocumentAccess } from "@/lib/auth/policy";
import { parseClientStateless } from "./client-stateless";
import { loadRoomColours } from "./room-colours";

export const documentNameSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "not a document id");

/** A reader who came through a public link: no account, read-only, shown as a guest. */
export interface GuestReader {
  kind: "guest";
  name: string;
  color: string;
  linkHashPrefix: string;
}

export interface CollabContext {
  actor: Extract<Actor, { kind: "user" }> | GuestReader;
  access: DocumentAccess;
  canEditText: boolean;
}

export const GUEST_NAME = "Guest reader";

export class CollabDenied extends Error {
  constructor(
    message: string,
    readonly reason = "permission-denied",
  ) {
    super(message);
  }
}

/**
 * Connects each socket through the one policy: the token names the user, `can()` decides
 * whether they may read the document at all, and whether their connection may change its
 * text. Read-only is enforced by Hocuspocus on the server, whatever the client's UI does.
 */
export class CollabAuth implements Extension {
  priority = 100;

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollabContext> {
    if (!documentNameSchema.safeParse(documentName).success) throw new CollabDenied("Unknown document.");
    const subject = verifyCollabToken(token);
    if (!subject) throw new CollabDenied("Sign in again: the collaboration token is missing or expired.");
    const guest = parseGuestSubject(subject);
    if (guest) return this.authenticateGuest(guest, documentName, connectionConfig);
    const userId = subject;
    const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, color: true, deletedAt: true } });
    if (!user || user.deletedAt) throw new CollabDenied("Unknown user.");
    const actor = { kind: "user" as const, userId: user.id, name: user.name, color: user.color, via: "session" as const };
    const access = await loadDocumentAccess(actor, documentName);
    // The same answer for a missing document and one the user may not read.
    if (!access || !can(actor, "document.read", access)) throw new CollabDenied("Unknown document.");
    // The room's colour, not the account's: no two people in a room share one (see room-colours.ts).
    actor.color = (await loadRoomColours(access.groupId)).get(actor.userId) ?? actor.color;
    const canEditText = can(actor, "document.edit-text", access);
    connectionConfig.readOnly = !canEditText;
    return { actor, access, canEditText };
  }

  private async authenticateGuest(
    guest: { documentId: string; linkHashPrefix: string },
    documentName: string,
    connectionConfig: onAuthenticatePayload["connectionConfig"],
  ): Promise<CollabContext> {
    const document = await db().document.findUnique({ where: { id: documentName }, select: { groupId: true, publicLinkHash: true } });
    if (guest.documentId !== documentName || !document?.publicLinkHash?.startsWith(guest.linkHashPrefix)) throw new CollabDenied("Unknown document.");
    connectionConfig.readOnly = true;
    return {
      actor: { kind: "guest", name: GUEST_NAME, color: "#57534e", linkHashPrefix: guest.linkHashPrefix },
      access: { documentId: documentName, groupId: document.groupId, groupRole: null, isAuthor: false, viaPublicLink: true },
      canEditText: false,
    };
  }

  async onStateless({ payload }: onStatelessPayload) {
    // Hocuspocus relays none of these itself; what the server does not accept is ignored.
    // (Oversized frames never get here: the socket guard closes the socket first.)
    parseClientStateless(payload);
  }
}
