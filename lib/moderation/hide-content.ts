import type { Actor } from "@/lib/auth/actor";
import { changeVisibility } from "./change-visibility";
import type { ModerationState } from "./present";
import type { TargetType } from "./schemas";

/**
 * A moderator hides an annotation or a reply, with a reason `{ reason }` (audited as
 * "annotation.hidden" or "reply.hidden", the author told in the inbox, its open flags resolved).
 */
export async function hideContent(actor: Actor, type: TargetType, id: string, input: unknown): Promise<ModerationState> {
  return changeVisibility(actor, type, id, true, input);
}
