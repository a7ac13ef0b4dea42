import type { ParsedMail } from "mailparser";
import { db } from "@/lib/db";
import { oneLine } from "./templates";
import { outboxIdOfBounce } from "./tokens";

/**
 * A delivery report (a bounce that came back later, after the recipient's server had first
 * accepted the mail) sent to a mail's envelope sender `bounce+<row>.<tag>@…`: recorded in
 * MailBounce against that row, which is marked bounced. Returns false for an address whose
 * tag does not check out, so nobody can mark other people's mail as bounced.
 */
export async function recordBounce(recipients: string[], parsed: ParsedMail): Promise<boolean> {
  const outboxId = recipients.map((address) => outboxIdOfBounce(address)).find((id): id is string => id !== null);
  if (!outboxId) return false;
  const row = await db().mailOutbox.findUnique({ where: { id: outboxId }, select: { id: true, user: { select: { email: true } } } });
  if (!row) return true;
  // The human-readable part of a report says why; keep its first lines.
  const reason = oneLine(`${parsed.subject ?? "Delivery report"}: ${(parsed.text ?? "").split("\n").slice(0, 6).join(" ")}`, 500);
  await db().$transaction([
    db().mailBounce.create({ data: { outboxId: row.id, address: row.user.email, reason, source: "report" } }),
    db().mailOutbox.update({ where: { id: row.id }, data: { status: "bounced", lastError: reason } }),
  ]);
  return true;
}
