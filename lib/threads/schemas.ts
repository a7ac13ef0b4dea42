import { z } from "zod";
import { bodySchema } from "@/lib/annotations/schemas";

/** The reactions a member can add: a small fixed set, so counts stay readable. */
export const REACTION_EMOJIS = ["👍", "👎", "❤️", "🎉", "🤔", "👀"] as const;
export type ReactionEmoji = (typeof REACTION_EMOJIS)[number];

export const REACTION_TARGETS = ["annotation", "reply"] as const;
export type ReactionTarget = (typeof REACTION_TARGETS)[number];

export const MAX_REASON = 500;

/** Ids of rows (cuid or hex): anything else cannot name one. */
export const rowIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "Not an id.");

/** A reply's body: Markdown, stored as written, and not blank. */
export const replyBodySchema = bodySchema.refine((body) => body.trim().length > 0, "A reply cannot be empty.");

// Keyboards send the heart with or without its emoji presentation selector; store one form.
const emojiSchema = z
  .string()
  .transform((emoji) => (emoji === "\u2764" ? "\u2764\uFE0F" : emoji))
  .pipe(z.enum(REACTION_EMOJIS, { message: `Pick one of ${REACTION_EMOJIS.join(" ")}.` }));

export const addReplyInput = z.object({
  body: replyBodySchema,
  parentId: rowIdSchema.nullish().transform((id) => id ?? null),
  // Only the paper's authors may answer as its author (checked by the use case: 403 otherwise).
  asAuthor: z.boolean({ error: "asAuthor is true or false." }).optional().default(false),
});
export type AddReplyInput = z.input<typeof addReplyInput>;

export const editReplyInput = z.object({ body: replyBodySchema });
export type EditReplyInput = z.input<typeof editReplyInput>;

export const reactionInput = z.object({
  targetType: z.enum(REACTION_TARGETS, { message: "Reactions go on an annotation or a reply." }),
  targetId: rowIdSchema,
  emoji: emojiSchema,
});
export type ReactionInput = z.input<typeof reactionInput>;

export const resolutionInput = z.object({ reason: z.string().trim().max(MAX_REASON, `A reason is at most ${MAX_REASON} characters.`).optional() });
export type ResolutionInput = z.input<typeof resolutionInput>;

export const markAnswerInput = z.object({ replyId: rowIdSchema.nullable() });
export type MarkAnswerInput = z.input<typeof markAnswerInput>;

export const INBOX_PAGE_SIZE = 30;

export const listInboxQuery = z.object({
  cursor: z
    .string()
    .max(64)
    .optional()
    .transform((cursor) => cursor || undefined),
  limit: z.coerce.number().int().min(1).max(100).default(INBOX_PAGE_SIZE),
  unread: z.enum(["true", "false"]).optional(),
});
export type ListInboxQuery = z.input<typeof listInboxQuery>;

export const markInboxReadInput = z.object({ ids: z.array(rowIdSchema).min(1, "Name at least one item, or none to mark all.").max(500).optional() });
export type MarkInboxReadInput = z.input<typeof markInboxReadInput>;
