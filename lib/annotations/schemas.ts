import { z } from "zod";

export const MAX_BODY = 10_000;
export const MAX_QUOTE = 5_000;
export const MAX_TAGS = 20;
export const MAX_TAG = 50;

export const annotationIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "Not an annotation id.");
export const kindSchema = z.enum(["comment", "question", "claim"]);
export const visibilitySchema = z.enum(["group", "private"]);
export const bodySchema = z.string().max(MAX_BODY, `A body is at most ${MAX_BODY.toLocaleString("en")} characters.`);
export const tagsSchema = z
  .array(z.string().trim().min(1, "A tag cannot be empty.").max(MAX_TAG, `A tag is at most ${MAX_TAG} characters.`))
  .max(MAX_TAGS, `At most ${MAX_TAGS} tags.`)
  .transform((tags) => [...new Set(tags)]);

/** Where the annotation goes: a range over the document's plain text, as the client saw it. */
export const anchorInput = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  // The text the client selected; the server checks it against the live text.
  quote: z.string().min(1).max(MAX_QUOTE, `A quote is at most ${MAX_QUOTE.toLocaleString("en")} characters.`),
});

export const createAnnotationInput = z.object({
  kind: kindSchema,
  body: bodySchema.default(""),
  tags: tagsSchema.default([]),
  visibility: visibilitySchema.default("group"),
  anchor: anchorInput,
});
export type CreateAnnotationInput = z.input<typeof createAnnotationInput>;

export const listAnnotationsQuery = z.object({
  kind: kindSchema.optional(),
  status: z.enum(["unreviewed", "supported", "contested", "disputed"]).optional(),
  tag: z.string().max(MAX_TAG).optional(),
  author: z.string().max(40).optional(),
  q: z.string().max(200).optional(),
  orphaned: z.enum(["true", "false"]).optional(),
  sort: z.enum(["position", "recent", "activity"]).default("position"),
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListAnnotationsQuery = z.input<typeof listAnnotationsQuery>;
