import { readFileSync } from "node:fs";
import { importPaper } from "./lib/documents/import";
const r = await importPaper({ bytes: readFileSync("content/papers/social-credit-system.txt") });
for (const c of [...r.citations].sort((a, b) => a.key < b.key ? -1 : 1)) console.log(c.count, c.key);
