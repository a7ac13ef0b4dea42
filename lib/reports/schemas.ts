import { z } from "zod";

export const exportFormatSchema = z.enum(["markdown", "json", "csv", "w3c"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportQuery = z.object({ format: exportFormatSchema });

/** A picture's name: heat-map, claim-statuses or map-<questionId>, optionally with ".svg". */
export const pictureNameSchema = z
  .string()
  .regex(/^(heat-map|claim-statuses|map-[A-Za-z0-9_-]{1,64})(\.svg)?$/, "Not a picture of this report.")
  .transform((name) => name.replace(/\.svg$/, ""));
