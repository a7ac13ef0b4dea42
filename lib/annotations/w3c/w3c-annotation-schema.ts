import { z } from "zod";
import { bodySchema, kindSchema, MAX_QUOTE, tagsSchema } from "@/lib/annotations/schemas";
import type { AnnotationKind, W3CAnnotationInput } from "./types";

const KINDS: readonly string[] = kindSchema.options;
// Bodies with these purposes carry metadata, not the annotation's text.
const METADATA_PURPOSES = new Set(["tagging", "classifying", "assessing"]);

// JSON-LD allows one value or an array of them; issues then point at item 0 of a single value.
const asArray = (value: unknown) => (value === undefined || Array.isArray(value) ? value : [value]);
const oneOrMany = <T extends z.ZodType>(item: T) => z.preprocess(asArray, z.array(item));
const names = oneOrMany(z.string());

const textualBody = z.object(
  {
    type: names.optional().refine((types) => !types || types.includes("TextualBody"), "Only textual bodies (TextualBody) can be imported."),
    value: z.string({ error: "A body needs a text value: only textual bodies (TextualBody) can be imported." }),
    purpose: names.optional(),
  },
  { error: "A body must be an object with a text value: links to other resources cannot be imported." },
);

const quoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z
    .string({ error: "A TextQuoteSelector needs the exact text." })
    .refine((exact) => exact.trim() !== "", "The quoted text (exact) is empty.")
    .refine((exact) => exact.length <= MAX_QUOTE, `A quote is at most ${MAX_QUOTE.toLocaleString("en")} characters.`),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const positionSelector = z
  .object({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((selector) => selector.start < selector.end, { message: "A TextPositionSelector's end must come after its start.", path: ["end"] });

// Other selectors (RangeSelector, XPathSelector ...) may sit beside a quote: they are ignored.
const OTHER = "(ignored)";
const otherSelector = z.object({ type: z.literal(OTHER) });
const selectors = z.preprocess(
  (value) =>
    (asArray(value) as unknown[] | undefined)?.map((one) => {
      const type = (one as { type?: unknown } | null)?.type;
      return typeof type === "string" && type !== "TextQuoteSelector" && type !== "TextPositionSelector" ? { type: OTHER } : one;
    }),
  z.array(z.discriminatedUnion("type", [quoteSelector, positionSelector, otherSelector], { error: "Each selector needs a type." }), {
    error: "The target needs a selector (a TextQuoteSelector).",
  }),
);

const target = z.object(
  { source: z.string().optional(), selector: selectors },
  { error: "The target must be an object selecting a passage (a source with a TextQuoteSelector)." },
);

function kindOf(classes: string[], motivations: string[]): AnnotationKind {
  const named = classes.find((value) => KINDS.includes(value));
  if (named) return named as AnnotationKind;
  return motivations.includes("questioning") ? "question" : "comment";
}

/**
 * A W3C Web Annotation (JSON-LD, as other tools export it) reduced to a Disputatio annotation:
 * the text bodies become the Markdown body, tagging bodies the tags, a classifying body naming
 * comment, question or claim the kind (else "questioning" makes a question, anything else a
 * comment; other classifying values are kept as tags). An assessing body (a claim's status) is
 * ignored: status is derived from members' stances. The single target must carry a
 * TextQuoteSelector; a TextPositionSelector, if present, is kept as a hint for anchoring.
 */
export const w3cAnnotationSchema = z
  .object(
    {
      type: names.refine((types) => types.includes("Annotation"), 'The type must be "Annotation".'),
      motivation: names.optional(),
      bodyValue: z.string().optional(),
      body: oneOrMany(textualBody).optional(),
      target: oneOrMany(target).refine((targets) => targets.length === 1, "Only annotations with exactly one target can be imported."),
    },
    { error: "A W3C annotation must be a JSON object." },
  )
  .refine((annotation) => annotation.body === undefined || annotation.bodyValue === undefined, {
    message: "An annotation has either body or bodyValue, not both.",
    path: ["bodyValue"],
  })
  .transform((annotation, ctx): W3CAnnotationInput => {
    const selectors = annotation.target[0].selector;
    const quote = selectors.find((one) => one.type === "TextQuoteSelector");
    const position = selectors.find((one) => one.type === "TextPositionSelector");
    if (!quote) {
      ctx.addIssue({ code: "custom", message: "The target has no TextQuoteSelector: the passage cannot be found.", path: ["target", 0, "selector"] });
      return z.NEVER;
    }
    const motivation = annotation.motivation ?? [];
    // A body without a purpose has the annotation's motivation (W3C model, 3.3.5).
    const bodies = (annotation.body ?? (annotation.bodyValue === undefined ? [] : [{ value: annotation.bodyValue, purpose: undefined }])).map((body) => {
      const purposes = body.purpose ?? motivation;
      return { value: body.value, purposes, metadata: purposes.length > 0 && purposes.every((purpose) => METADATA_PURPOSES.has(purpose)) };
    });
    const metadata = (purpose: string) => bodies.filter((body) => body.metadata && body.purposes.includes(purpose)).map((body) => body.value);
    const classes = metadata("classifying");
    return {
      body: bodies
        .filter((body) => !body.metadata)
        .map((body) => body.value)
        .join("\n\n"),
      tags: [...metadata("tagging"), ...classes.filter((value) => !KINDS.includes(value))],
      kind: kindOf(classes, [...motivation, ...bodies.flatMap((body) => body.purposes)]),
      quoteSelector: { exact: quote.exact, ...(quote.prefix === undefined ? {} : { prefix: quote.prefix }), ...(quote.suffix === undefined ? {} : { suffix: quote.suffix }) },
      positionHint: position ? { start: position.start, end: position.end } : null,
    };
  })
  .pipe(
    z.object({
      body: bodySchema,
      tags: tagsSchema,
      kind: kindSchema,
      quoteSelector: z.custom<W3CAnnotationInput["quoteSelector"]>(),
      positionHint: z.custom<W3CAnnotationInput["positionHint"]>(),
    }),
  );
