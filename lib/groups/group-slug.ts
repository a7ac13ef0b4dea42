import { randomBytes } from "node:crypto";

const MAX_BASE = 48;

/**
 * A URL slug from a group name: lowercase ASCII letters, digits and dashes ("Lektürekreis
 * Ästhetik" → "lekturekreis-asthetik"). A name with no Latin letters or digits gives "group".
 */
export function slugFromName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_BASE)
    .replace(/-+$/g, "");
  return base || "group";
}

/** The first of base, base-2, base-3 … not in `taken`. */
export function firstFreeSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A suffix for the rare race where two groups of the same name are created at once. */
export function randomSlugSuffix(base: string): string {
  return `${base}-${randomBytes(3).toString("hex")}`;
}
