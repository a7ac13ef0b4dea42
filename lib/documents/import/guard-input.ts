import { ImportError } from "./import-error";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Named in every refusal, so the person knows what would work. */
export const SUPPORTED_FORMATS =
  "Disputatio imports PDF, Word (.docx), OpenDocument text (.odt), Markdown, HTML and plain text; for any other kind of document, export it to PDF and import that.";

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
// What PostgreSQL's text type or JSON cannot hold, or no reader should see: NUL and the
// other C0/C1 controls, lone UTF-16 surrogates, and the noncharacters U+FFFE/U+FFFF.
const UNSTORABLE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes the characters PostgreSQL cannot store (or no reader should see); keeps tab, newlines and form feed. */
export function scrubText(text: string): string {
  return text.replace(UNSTORABLE, "");
}

/**
 * Decodes a text file (plain text, Markdown, HTML) and refuses what is not text:
 * invalid UTF-8, or more than 1% NUL or control characters. A few stray ones are
 * removed, with lone surrogates, so that nothing the database cannot store goes on.
 * UTF-16 with a byte order mark is accepted, since some editors on Windows still write it.
 */
export function decodeText(bytes: Uint8Array): string {
  let text = decodeUtf16(bytes);
  if (text === undefined) {
    let zeros = 0;
    for (const byte of bytes) if (byte === 0) zeros += 1;
    if (zeros / bytes.length > 0.01) {
      throw new ImportError("binary", `The file looks like binary data, not text. ${SUPPORTED_FORMATS}`);
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ImportError("binary", `The file is not valid UTF-8 text. Save it as UTF-8 and try again. ${SUPPORTED_FORMATS}`);
    }
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new ImportError("binary", `The file looks like binary data, not text. ${SUPPORTED_FORMATS}`);
  }
  text = scrubText(text);
  if (text.trim() === "") {
    throw new ImportError("empty", "The file contains no text.");
  }
  return text;
}
