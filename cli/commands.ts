import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SYSTEM } from "@/lib/auth/actor";
import { signUp } from "@/lib/auth/sign-up";
import { apiTokenNameSchema, createApiToken } from "@/lib/auth/create-api-token";
import { emailSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { describeImport, importDocument, groupSlugSchema, documentTitleSchema } from "@/lib/documents";
import { findGroupBySlug, setMembership } from "@/lib/groups";
import { MAX_IMPORT_BYTES } from "@/lib/documents/import";
import { applyMigrations } from "@/lib/runtime/prisma-cli";
import { withStartupLock } from "@/lib/runtime/startup-lock";
import { UsageError } from "./args";

type Flags = Record<string, string>;
type Print = (line: string) => void;

function parseFlags<T extends z.ZodTypeAny>(schema: T, flags: Flags): z.infer<T> {
  const result = schema.safeParse(flags);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UsageError(`--${first.path.join(".")}: ${first.message}`);
  }
  return result.data;
}

export async function importCommand(positional: string[], flags: Flags, print: Print) {
  const file = positional[0];
  if (!file) throw new UsageError("Name the file to import: import <file> [--title <title>] [--group <slug>]");
  const { title, group: slug } = parseFlags(z.object({ title: documentTitleSchema.optional(), group: groupSlugSchema.default("demo") }), flags);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`No such file: ${file}`);
  if (fs.statSync(file).size > MAX_IMPORT_BYTES) throw new UsageError("The file is larger than 5 MB.");
  const group = await findGroupBySlug(slug);
  if (!group) throw new UsageError(`No group with slug "${slug}".`);
  const summary = await importDocument(SYSTEM, { bytes: fs.readFileSync(file), filename: path.basename(file), title, groupId: group.id });
  print(`Imported "${summary.title}" into ${group.slug} as ${summary.id} (${summary.counts?.questions ?? 0} candidate questions, ${summary.counts?.citations ?? 0} cited works).`);
  if (summary.importSummary) for (const line of describeImport(summary.importSummary)) print(`  ${line}`);
  print(`Open it at ${summary.url}`);
}

export async function userAddCommand(flags: Flags, print: Print) {
  const input = parseFlags(
    z.object({
      email: z.string(),
      password: z.string(),
      name: z.string(),
      group: groupSlugSchema.optional(),
      role: z.enum(["owner", "moderator", "participant", "viewer"]).default("participant"),
    }),
    flags,
  );
  const group = input.group ? await findGroupBySlug(input.group) : null;
  if (input.group && !group) throw new UsageError(`No group with slug "${input.group}".`);
  const user = await signUp({ email: input.email, password: input.password, name: input.name }, { operator: true });
  print(`Created user ${user.email} (${user.id}).`);
  if (group) {
    await setMembership(group.id, user.id, input.role);
    print(`Added to ${group.slug} as ${input.role}.`);
  }
}

export async function migrateCommand(print: Print) {
  print(await withStartupLock(process.env.DATABASE_URL!, print, () => applyMigrations(process.env.DATABASE_URL!)));
}

export async function tokenCreateCommand(flags: Flags, print: Print = (line) => console.log(line)) {
  const { email, name } = parseFlags(z.object({ email: emailSchema, name: apiTokenNameSchema.default("CLI token") }), flags);
  const user = await db().user.findFirst({ where: { email, deletedAt: null }, select: { id: true, email: true } });
  if (!user) throw new UsageError(`No user with email ${email}.`);
  const { token, secret } = await createApiToken(SYSTEM, user.id, name);
  print(`Created API token "${token.name}" (${token.prefix}…) for ${user.email}. Use it as "Authorization: Bearer <token>"; it is shown only this once:`);
  // The contract (DESIGN.md): the token alone on the last line, for scripts.
  print(secret);
}
