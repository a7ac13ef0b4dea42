import { z } from "zod";
import { evidenceItemSchema, MAX_EVIDENCE } from "@/lib/claims/schemas";
import { MAX_QUOTE } from "@/lib/annotations/schemas";

export const MAX_QUESTION = 500;
export const MAX_ARGUMENT = 1_000;
export const MAX_OUTCOME = 5_000;
export const MAX_HIDE_REASON = 500;
export const MIN_ROUND_SECONDS = 30;
export const MAX_ROUND_SECONDS = 7_200;

/** Question, argument and merge ids are cuids; anything else is answered like a missing one. */
export const debateIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "Not an id.");
const parentIdSchema = z.union([debateIdSchema, z.null()], { error: "parentId is an argument id or null." });

const trimmedText = (max: number, what: string) =>
  z
    .string({ error: `${what} is required.` })
    .transform((text) => text.trim())
    .pipe(z.string().min(1, `${what} is required.`).max(max, `${what} is at most ${max.toLocaleString("en")} characters.`));

export const questionTextSchema = trimmedText(MAX_QUESTION, "A question");
export const argumentBodySchema = trimmedText(MAX_ARGUMENT, "An argument");
export const stanceSchema = z.enum(["pro", "con"], { error: "An argument is pro or con." });

export const passageSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1, "A passage needs its quote.").max(MAX_QUOTE),
  })
  .refine((passage) => passage.end > passage.start, { message: "A passage ends after it starts.", path: ["end"] });

export const proposeQuestionInput = z.object({ text: questionTextSchema, passage: passageSchema.optional() });

export const updateQuestionInput = z
  .object({
    text: questionTextSchema.optional(),
    closesAt: z.iso.datetime({ offset: true, error: "closesAt is an ISO date and time, or null." }).nullable().optional(),
    anonymous: z.boolean().optional(),
  })
  .refine((input) => input.closesAt == null || Date.parse(input.closesAt) > Date.now(), { message: "A scheduled close must be in the future.", path: ["closesAt"] });

export const phaseActionSchema = z.enum(["approve", "open", "close", "reopen", "dismiss"], { error: "The action is approve, open, close, reopen or dismiss." });
export type PhaseAction = z.infer<typeof phaseActionSchema>;

export const changePhaseInput = z.object({
  action: phaseActionSchema,
  outcome: z.string().transform((text) => text.trim()).pipe(z.string().max(MAX_OUTCOME, `An outcome is at most ${MAX_OUTCOME.toLocaleString("en")} characters.`)).optional(),
});

export const roundTimerInput = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("start"), seconds: z.number().int().min(MIN_ROUND_SECONDS, `A round lasts at least ${MIN_ROUND_SECONDS} seconds.`).max(MAX_ROUND_SECONDS, `A round lasts at most ${MAX_ROUND_SECONDS} seconds.`) }),
    z.object({ action: z.literal("stop") }),
  ],
  { error: "The action is start (with seconds) or stop." },
);

/**
 * Evidence as for stances; a client may also say which document a passage is from, and a
 * passage of another document is refused (checked by the use case, which knows this one).
 */
export const argumentEvidenceSchema = z
  .array(z.intersection(evidenceItemSchema, z.object({ documentId: z.string().max(64).optional() })))
  .max(MAX_EVIDENCE, `At most ${MAX_EVIDENCE} pieces of evidence.`)
  .default([]);

export const createArgumentInput = z.object({
  parentId: parentIdSchema,
  stance: stanceSchema,
  body: argumentBodySchema,
  evidence: argumentEvidenceSchema,
  asAuthor: z.boolean().default(false),
});
export type CreateArgumentInput = z.input<typeof createArgumentInput>;

export const editArgumentInput = z.object({ body: argumentBodySchema, evidence: argumentEvidenceSchema.optional() });

export const ratingInput = z.object({ value: z.number({ error: "A rating is a whole number from 0 to 4." }).int("A rating is a whole number from 0 to 4.").min(0, "A rating is at least 0.").max(4, "A rating is at most 4.") });

export const moderationActionSchema = z.enum(["pin", "unpin", "lock", "unlock", "hide", "restore"], { error: "The action is pin, unpin, lock, unlock, hide or restore." });
export type ModerationAction = z.infer<typeof moderationActionSchema>;

export const moderateArgumentInput = z
  .object({
    action: moderationActionSchema,
    reason: z.string().transform((text) => text.trim()).pipe(z.string().max(MAX_HIDE_REASON)).optional(),
  })
  .refine((input) => input.action !== "hide" || (input.reason ?? "").length > 0, { message: "Hiding needs a reason.", path: ["reason"] });

export const moveArgumentInput = z.object({ parentId: parentIdSchema, stance: stanceSchema });

export const mergeArgumentInput = z.object({ targetId: debateIdSchema });

export const exportFormatSchema = z.enum(["markdown", "argdown"], { error: "The format is markdown or argdown." });
export type ExportFormat = z.infer<typeof exportFormatSchema>;
