import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { type Block, type ImportNotice, type PaperMeta, type ParsedPaper, parsed } from "./blocks";
import { activeContentNotices, noneRemoved } from "./check-html-safety";
import { readFrontMatter } from "./markdown/front-matter";
import { MarkdownReader } from "./markdown/mdast-to-blocks";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).use(remarkMath);

function tree(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root;
}

/**
 * Markdown (CommonMark + GFM tables, footnotes, strikethrough and task lists, YAML front
 * matter, $math$) to blocks, through remark. Front matter is never body text: its title
 * and authors go to meta and its `abstract:` becomes the abstract block at the start.
 */
export function parseMarkdown(markdown: string): ParsedPaper {
  const root = tree(markdown);
  const removed = noneRemoved();
  let meta: PaperMeta = {};
  const notices: ImportNotice[] = [];
  let abstract: Block[] = [];
  const yaml = root.children.find((node) => node.type === "yaml");
  if (yaml && "value" in yaml) {
    const front = readFrontMatter(yaml.value);
    meta = front.meta;
    notices.push(...front.notices);
    if (front.abstract) {
      const abstractTree = tree(front.abstract);
      const paragraphs = new MarkdownReader(abstractTree, removed).blocks(abstractTree.children).filter((block) => block.kind === "paragraph");
      if (paragraphs.length > 0) abstract = [{ kind: "abstract", children: paragraphs }];
    }
  }
  const body = new MarkdownReader(root, removed).read(root.children);
  notices.push(...activeContentNotices(removed));
  return parsed([...abstract, ...body], meta, notices);
}
