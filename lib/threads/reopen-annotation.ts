import type { Actor } from "@/lib/auth/actor";
import { changeResolution } from "./change-resolution";
import type { ThreadState } from "./present";
import type { ResolutionInput } from "./schemas";

/** Reopens a resolved annotation (its author or a moderator; 409 when it is not resolved). */
export function reopenAnnotation(actor: Actor, annotationId: string, input: ResolutionInput = {}): Promise<ThreadState> {
  return changeResolution(actor, annotationId, input, false);
}
