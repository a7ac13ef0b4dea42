import { z } from "zod";
import { MAX_QUOTE } from "@/lib/annotations/schemas";

export const MAX_REASON = 2_000;
export const MAX_EVIDENCE = 10;
export const MAX_URL = 2_000;
export const MAX_CITATION_KEY = 200;

export const stanceValueSchema = z.enum(["supported", "contested"], { error: "A stance is supported or contested." });
export type StanceValue = z.infer<typeof stanceValueSchema>;

const REASON_REQUIRED = "A stance needs a reason.";

/** Stored exactly as written (script included); only the rendering is sanitised. */
export const reasonSchema = z
  .string({ error: REASON_REQUIRED })
  .max(MAX_REASON, `A reason is at most ${MAX_REASON.toLocaleString("en")} characters.`)
  .refine((reason) => reason.trim().length > 0, REASON_REQUIRED);

export const MAX_REVISION_NOTE = 1_000;

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const urlEvidence = z.object({
  type: z.literal("url"),
  url: z.string().trim().max(MAX_URL, `A link is at most ${MAX_URL.toLocaleString("en")} characters.`).refine(isWebUrl, "A link must be an http or https URL."),
});

const citationEvidence = z.object({
  type: z.literal("citation"),
  key: z.string().trim().min(1, "Pick one of the paper's citations.").max(MAX_CITATION_KEY),
});

const passageEvidence = z
  .object({
    type: z.literal("passage"),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1, "A passage needs its quote.").max(MAX_QUOTE, `A quote is at most ${MAX_QUOTE.toLocaleString("en")} characters.`),
  })
  .refine((passage) => passage.end > passage.start, { message: "A passage ends after it starts.", path: ["end"] });

export const evidenceItemSchema = z.discriminatedUnion("type", [urlEvidence, citationEvidence, passageEvidence], {
  error: "Evidence is a url, a citation or a passage.",
});
export type EvidenceInput = z.infer<typeof evidenceItemSchema>;

export const setStanceInput = z.object({
  value: stanceValueSchema,
  reason: reasonSchema,
  evidence: z.array(evidenceItemSchema).max(MAX_EVIDENCE, `At most ${MAX_EVIDENCE} pieces of evidence.`).default([]),
});
export type SetStanceInput = z.input<typeof setStanceInput>;

export const claimSortSchema = z.enum(["contested", "recent", "position"], { error: "Sort by contested, recent or position." });
export type ClaimSort = z.infer<typeof claimSortSchema>;

export const listClaimsQuery = z.object({ sort: claimSortSchema.default("contested") });
export type ListClaimsQuery = z.input<typeof listClaimsQuery>;

/** "Revised in the text": a link to the revision (http or https) and an optional note (blank is none). */
export const markRevisedInput = z.object({
  url: z
    .string({ error: "Link to the revision." })
    .trim()
    .min(1, "Link to the revision.")
    .max(MAX_URL, `A link is at most ${MAX_URL.toLocaleString("en")} characters.`)
    .refine(isWebUrl, "A link must be an http or https URL."),
  note: z
    .string()
    .max(MAX_REVISION_NOTE, `A note is at most ${MAX_REVISION_NOTE.toLocaleString("en")} characters.`)
    .nullish()
    .transform((note) => (note?.trim() ? note.trim() : null)),
});
export type MarkRevisedInput = z.input<typeof markRevisedInput>;
