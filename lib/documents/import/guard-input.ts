import { ImportError } from "./import-error";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const SUPPORTED = "Supported formats are plain text, Markdown, HTML and PDF.";

/** Checks that apply to every format, before any parsing. */
export function guardSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError("too_large", "The file is larger than 5 MB.");
  }
  if (bytes.length === 0) {
    throw new ImportError("empty", "The file is empty.");
  }
}

function decodeUtf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return undefined;
}

// C0 controls other than tab, line feed, form feed and carriage return, plus DEL.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Decodes a text file (plain text, Markdown, HTML) and refuses what is not text:
 * NUL bytes, invalid UTF-8, or more than 1% control characters. UTF-16 with a byte
 * order mark is accepted, since some editors on Windows still write it.
 */
export function decodeText(bytes: Uint8Array): string {
  let text = decodeUtf16(bytes);
  if (text === undefined) {
    if (bytes.includes(0)) {
      throw new ImportError("binary", `The file looks like binary data, not text. ${SUPPORTED}`);
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ImportError("binary", `The file is not valid UTF-8 text. Save it as UTF-8 and try again. ${SUPPORTED}`);
    }
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new ImportError("binary", `The file looks like binary data, not text. ${SUPPORTED}`);
  }
  text = text.replace(CONTROL, "");
  if (text.trim() === "") {
    throw new ImportError("empty", "The file contains no text.");
  }
  return text;
}
