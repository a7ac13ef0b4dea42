import { z } from "zod";

/** A group's debate settings; each field optional in a PATCH, at least one required. */
export const groupSettingsInput = z
  .object({
    ratingVisibility: z.enum(["always", "after_rating", "after_close"], { error: "Ratings show always, after_rating or after_close." }).optional(),
    moderatorsSeeNames: z.boolean({ error: "moderatorsSeeNames is true or false." }).optional(),
  })
  .refine((input) => input.ratingVisibility !== undefined || input.moderatorsSeeNames !== undefined, { message: "Change at least one setting.", path: ["_"] });
