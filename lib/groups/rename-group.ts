import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { authorizeGroup } from "./load-group-access";
import { recordAuditEvent } from "./record-audit-event";
import { renameGroupInput } from "./schemas";

/** Owners rename a group; the slug (and so every link to the group) stays the same. */
export async function renameGroup(actor: Actor, slug: string, input: unknown): Promise<{ slug: string; name: string }> {
  const group = await authorizeGroup(actor, slug, "group.rename", "Only the group’s owners can rename it.");
  const { name } = renameGroupInput.parse(input);
  if (name === group.name) return { slug: group.slug, name };
  await db().$transaction(async (tx) => {
    await tx.group.update({ where: { id: group.id }, data: { name } });
    await recordAuditEvent(actor, group.id, { action: "group.renamed", data: { from: group.name, to: name } }, tx);
  });
  return { slug: group.slug, name };
}
