import { z } from "zod";
import { groupSlugSchema } from "@/lib/documents/schemas";

export { groupSlugSchema };

export const groupRoleSchema = z.enum(["owner", "moderator", "participant", "viewer"], { message: "Pick owner, moderator, participant or viewer." });

export const groupNameSchema = z.string().trim().min(1, "A group needs a name.").max(120, "A group name is at most 120 characters.");

export const createGroupInput = z.object({ name: groupNameSchema });
export const renameGroupInput = z.object({ name: groupNameSchema });
export const changeMemberRoleInput = z.object({ role: groupRoleSchema });

export const createInviteInput = z.object({
  role: groupRoleSchema.default("participant"),
  // null: the link never expires (until revoked).
  expiresInDays: z.number().int("Whole days only.").min(1, "At least one day.").max(365, "At most 365 days.").nullable().default(7),
  // null: any number of people may join with the link.
  maxUses: z.number().int("A whole number.").min(1, "At least one use.").max(1000, "At most 1000 uses.").nullable().default(null),
});
export type CreateInviteInput = z.input<typeof createInviteInput>;

/** An opaque list cursor from a query string (absent or empty: the first page). */
export const cursorSchema = z
  .string()
  .max(64)
  .optional()
  .transform((value) => value || undefined);

// Route parameters: a malformed one is answered like a missing resource (404), never 422.
export const userIdParamSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const inviteIdParamSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const inviteTokenSchema = z.string().regex(/^inv_[A-Za-z0-9_-]{43}$/);
