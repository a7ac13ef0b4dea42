import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session-actor";
import { DomainError } from "@/lib/documents/errors";
import { documentIdSchema } from "@/lib/documents/schemas";

/** The request's actor, or a 401 in the error shape when nobody is signed in. */
export async function requireActor(message = "Sign in first."): Promise<Exclude<Actor, { kind: "anonymous" }>> {
  const actor = await currentActor();
  if (actor.kind === "anonymous") throw new DomainError(401, "unauthenticated", message);
  return actor;
}

/** A document id from the route; a malformed one is a 404 like any missing document. */
export async function documentIdParam(params: Promise<{ id: string }>): Promise<string> {
  const id = documentIdSchema.safeParse((await params).id);
  if (!id.success) throw new DomainError(404, "not_found", "No such document.");
  return id.data;
}
