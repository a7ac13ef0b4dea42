import { db, type Prisma } from "@/lib/db";
import { mailConfig, type MailConfig } from "./config";
import { mailKindOf } from "./kinds";

export interface NotifiedItem {
  id: string;
  userId: string;
  kind: string;
}

type Client = Pick<Prisma.TransactionClient, "mailOutbox">;

/**
 * Queues the e-mail copy of in-app inbox items, due after the configured delay (10 minutes by
 * default): when it falls due, the mail is skipped if the item was read in the app, if the
 * member turned that kind off, or if they may no longer read what it is about (checked then,
 * through the policy). Call it with the transaction that created the items, so both commit
 * together. Nothing is queued while mail is off.
 */
export async function enqueueNotificationMail(items: NotifiedItem[], client: Client = db(), options: { now?: Date; config?: MailConfig } = {}): Promise<number> {
  const config = options.config ?? mailConfig();
  if (config.mode === "off") return 0;
  const now = options.now ?? new Date();
  const dueAt = new Date(now.getTime() + config.delayMs);
  const rows = items.flatMap((item) => {
    const kind = mailKindOf(item.kind);
    return kind ? [{ userId: item.userId, kind, inboxItemId: item.id, dueAt }] : [];
  });
  if (rows.length === 0) return 0;
  return (await client.mailOutbox.createMany({ data: rows })).count;
}
