import mammoth from "mammoth";
import { DOMParser } from "linkedom";
import { type ImportNotice, type PaperMeta, type ParsedPaper, parsed } from "./blocks";
import { activeContentNotices, noneRemoved } from "./check-html-safety";
import { scrubText } from "./guard-input";
import { ImportError } from "./import-error";
import { htmlFragmentToBlocks } from "./parse-html";
import { openZip, readPart } from "./read-zip";

const KIND = "Word (.docx)";

/**
 * Word styles onto the HTML the block reader knows, beyond mammoth's defaults (headings,
 * lists, footnotes): the title and subtitle become meta, captions stay captions, quotes
 * stay quotes, and "Code"/"HTML Preformatted" paragraphs keep their lines.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => h1.doc-title:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Code'] => pre:separator('\\n')",
  "p[style-name='HTML Preformatted'] => pre:separator('\\n')",
  "p[style-name='Bibliography'] => p:fresh",
];

/** The core properties (docProps/core.xml): title and creator, when the author filled them in. */
function coreMeta(core: string | undefined): PaperMeta {
  if (!core) return {};
  const document = new DOMParser().parseFromString(core, "text/xml") as unknown as Document;
  const first = (name: string) => document.getElementsByTagName(name)[0]?.textContent?.replace(/\s+/g, " ").trim() || undefined;
  const meta: PaperMeta = {};
  const title = first("dc:title");
  const creator = first("dc:creator");
  const created = first("dcterms:created");
  if (title) meta.title = scrubText(title);
  if (creator) meta.authors = scrubText(creator).split(/\s*;\s*/).filter(Boolean);
  if (created) meta.date = created.slice(0, 10);
  return meta;
}

/** A Word document (.docx) to blocks, through mammoth's HTML and the same reader as web pages. */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedPaper> {
  const zip = await openZip(bytes, KIND);
  if (!zip.file("word/document.xml")) {
    throw new ImportError("unsupported_format", "The file is a ZIP archive but not a Word document: it has no word/document.xml. Export it to PDF and import that.");
  }
  const meta = coreMeta(await readPart(zip, "docProps/core.xml", KIND));
  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Images are not kept (their alt text may become a caption); counting them is enough.
        convertImage: mammoth.images.imgElement(async () => {
          images += 1;
          return { src: "" };
        }),
      },
    );
    html = result.value;
  } catch {
    throw new ImportError("unsupported_format", "The Word document is damaged and cannot be read. Save it again from Word, or export it to PDF and import that.");
  }
  const removed = noneRemoved();
  const { blocks, title } = htmlFragmentToBlocks(scrubText(html), removed);
  if (title) meta.title = title;
  const notices: ImportNotice[] = activeContentNotices(removed);
  if (images > 0) notices.push({ code: "images_dropped", count: images, message: `Left out ${images} image${images === 1 ? "" : "s"} (their captions are kept).` });
  return parsed(blocks, meta, notices);
}
