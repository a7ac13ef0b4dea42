import JSZip from "jszip";
import { ImportError } from "./import-error";

// A part larger than this once inflated is a zip bomb, not a paper.
const MAX_PART_BYTES = 64 * 1024 * 1024;

export async function openZip(bytes: Uint8Array, kind: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError(
      "unsupported_format",
      `The file is not a valid ${kind} document: it should be a ZIP archive and it cannot be opened as one. Save it again from your word processor, or export it to PDF and import that.`,
    );
  }
}

/** One part of the archive as text, or undefined when it is absent. */
export async function readPart(zip: JSZip, name: string, kind: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (typeof size === "number" && size > MAX_PART_BYTES) {
    throw new ImportError("too_large", `The ${kind} document is too large once unpacked.`);
  }
  try {
    const text = await file.async("string");
    if (text.length > MAX_PART_BYTES) throw new ImportError("too_large", `The ${kind} document is too large once unpacked.`);
    return text;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("unsupported_format", `The ${kind} document is damaged: its part "${name}" cannot be read. Save it again, or export it to PDF and import that.`);
  }
}
