import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What a production build depends on; any change to these means `next build` again.
const INPUTS = ["app", "components", "lib", "styles", "public", "next.config.ts", "package-lock.json", "prisma/schema.prisma", "tsconfig.json"];

function hashTree(hash: ReturnType<typeof createHash>, entry: string) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) hashTree(hash, path.join(entry, name));
  } else {
    hash.update(entry).update(fs.readFileSync(entry));
  }
}

export function sourceDigest(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) hashTree(hash, path.join(root, input));
  return hash.digest("hex");
}

const distDir = (root: string) => path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
const stampFile = (root: string) => path.join(distDir(root), "disputatio-build-stamp");

export function buildIsCurrent(root = process.cwd()): boolean {
  const file = stampFile(root);
  return fs.existsSync(path.join(distDir(root), "BUILD_ID")) && fs.existsSync(file) && fs.readFileSync(file, "utf8") === sourceDigest(root);
}

export function recordBuild(root = process.cwd()) {
  fs.writeFileSync(stampFile(root), sourceDigest(root));
}
