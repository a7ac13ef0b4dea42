import type { Actor } from "@/lib/auth/actor";
import { changeResolution } from "./change-resolution";
import type { ThreadState } from "./present";
import type { ResolutionInput } from "./schemas";

/** Marks an annotation resolved (its author or a moderator; 409 when it already is). */
export function resolveAnnotation(actor: Actor, annotationId: string, input: ResolutionInput = {}): Promise<ThreadState> {
  return changeResolution(actor, annotationId, input, true);
}
