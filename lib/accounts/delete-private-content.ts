import type { Prisma } from "@/lib/db";

/**
 * Deletes what only the member could see, inside the account deletion's transaction (after the
 * last-owner check, before memberships go): their private ("only me") annotations, with the
 * replies and stances under them, and their inbox. Private annotations have no mark in the
 * shared document (lib/annotations/create-annotation.ts), so removing the rows is all it takes.
 * Everything the member wrote for a group stays, attributed to the scrubbed "Former member" row.
 */
export async function deletePrivateContent(tx: Prisma.TransactionClient, accountId: string): Promise<void> {
  await tx.annotation.deleteMany({ where: { authorId: accountId, visibility: "private" } });
  await tx.inboxItem.deleteMany({ where: { userId: accountId } });
}
