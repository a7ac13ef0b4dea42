import { readFileSync } from "node:fs";
import { parsePlainText } from "./lib/documents/import/parse-plain-text";
import { forEachTextBlock, spansText } from "./lib/documents/import/blocks";
import { findNarrativeCitations, findParentheticalCitations } from "./lib/documents/import/find-citations";
const blocks = parsePlainText(readFileSync("content/papers/social-credit-system.txt", "utf8"));
forEachTextBlock(blocks, b => {
  const t = spansText(b.spans);
  const ends = new Set(findNarrativeCitations(t, new Set(["Creemers"])).map(m => m.to));
  for (const m of t.matchAll(/\(\d{4}[a-z]?\)/g)) if (!ends.has(m.index + m[0].length)) console.log("MISSED", JSON.stringify(t.slice(Math.max(0,m.index - 50), m.index + 8)));
});
