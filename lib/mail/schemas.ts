import { z } from "zod";
import { DIGEST_FREQUENCIES, MAIL_KINDS } from "./kinds";

export const updateMailPreferencesInput = z
  .object({
    kinds: z.partialRecord(z.enum(MAIL_KINDS, { error: `A kind is one of ${MAIL_KINDS.join(", ")}.` }), z.boolean({ error: "Each kind is true or false." })).optional(),
    groups: z
      .array(z.object({ groupId: z.string().min(1).max(64), frequency: z.enum(DIGEST_FREQUENCIES, { error: `A frequency is one of ${DIGEST_FREQUENCIES.join(", ")}.` }) }))
      .max(200)
      .optional(),
  })
  .strict();
export type UpdateMailPreferencesInput = z.input<typeof updateMailPreferencesInput>;

export const unsubscribeToken = z.string().min(10).max(400);
