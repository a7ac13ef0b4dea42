import { z } from "zod";

export const MAX_FLAG_REASON = 500;
export const MAX_HIDE_REASON = 500;

export const targetTypeSchema = z.enum(["annotation", "reply"], { error: "A flag targets an annotation or a reply." });
export type TargetType = z.infer<typeof targetTypeSchema>;

export const flagInput = z.object({
  targetType: targetTypeSchema,
  targetId: z.string({ error: "Name what you flag." }).min(1, "Name what you flag.").max(64, "Not an id."),
  // Optional; blank counts as none.
  reason: z
    .string()
    .max(MAX_FLAG_REASON, `A reason is at most ${MAX_FLAG_REASON} characters.`)
    .nullish()
    .transform((reason) => (reason?.trim() ? reason : null)),
});
export type FlagInput = z.input<typeof flagInput>;

const HIDE_REASON_REQUIRED = "Say why this is hidden; the author is told.";

export const hideInput = z.object({
  reason: z
    .string({ error: HIDE_REASON_REQUIRED })
    .max(MAX_HIDE_REASON, `A reason is at most ${MAX_HIDE_REASON} characters.`)
    .refine((reason) => reason.trim().length > 0, HIDE_REASON_REQUIRED),
});
export type HideInput = z.input<typeof hideInput>;

export const dismissFlagsInput = z.object({
  targetType: targetTypeSchema,
  targetId: z.string({ error: "Name what was flagged." }).min(1, "Name what was flagged.").max(64, "Not an id."),
});
export type DismissFlagsInput = z.input<typeof dismissFlagsInput>;
