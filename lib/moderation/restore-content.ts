import type { Actor } from "@/lib/auth/actor";
import { changeVisibility } from "./change-visibility";
import type { ModerationState } from "./present";
import type { TargetType } from "./schemas";

/** A moderator restores a hidden annotation or reply (audited as "annotation.restored" or "reply.restored"). */
export async function restoreContent(actor: Actor, type: TargetType, id: string): Promise<ModerationState> {
  return changeVisibility(actor, type, id, false);
}
