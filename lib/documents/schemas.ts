import { z } from "zod";
import type { ImportProgress } from "./import";

export const documentTitleSchema = z.string().trim().min(1, "A title is required.").max(300, "A title is at most 300 characters.");
export const groupSlugSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "A group slug is lowercase letters, digits and dashes.");
export const documentIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "Not a document id.");

export const importDocumentInput = z.object({
  /** Optional: the paper's own title (meta.title), else the file's name, when none is given. */
  title: documentTitleSchema.optional(),
  groupId: z.string().min(1),
  filename: z.string().max(300).optional(),
  format: z.enum(["text", "markdown", "html", "pdf", "docx", "odt"]).optional(),
});
export type ImportDocumentInput = z.infer<typeof importDocumentInput> & { bytes: Uint8Array; onProgress?: ImportProgress };
