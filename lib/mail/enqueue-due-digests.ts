import { db } from "@/lib/db";
import { mailConfig, type MailConfig } from "./config";
import { digestPeriodMs } from "./kinds";

interface DueRow {
  userId: string;
  groupId: string;
  since: Date;
  storedLast: Date | null;
}

/**
 * Queues each member's digest of each group whose period has passed (default daily; counted
 * from the last digest, or from joining). The window's end is written first with a
 * compare-and-set on the previous value, so two instances never queue the same digest; the
 * content is built when it is sent (an empty digest is skipped then).
 */
export async function enqueueDueDigests(options: { now?: Date; config?: MailConfig; limit?: number; groupId?: string } = {}): Promise<number> {
  const config = options.config ?? mailConfig();
  if (config.mode === "off") return 0;
  const now = options.now ?? new Date();
  const immediateMs = digestPeriodMs("immediate", config.delayMs)!;
  const due = await db().$queryRaw<DueRow[]>`
    SELECT m."userId", m."groupId", COALESCE(dp."lastSentAt", m."createdAt") AS since, dp."lastSentAt" AS "storedLast"
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId" AND u."deletedAt" IS NULL
    LEFT JOIN "DigestPreference" dp ON dp."userId" = m."userId" AND dp."groupId" = m."groupId"
    LEFT JOIN "MailPreference" mp ON mp."userId" = m."userId" AND mp.kind = 'digest'
    WHERE COALESCE(mp.enabled, true) AND (${options.groupId ?? null}::text IS NULL OR m."groupId" = ${options.groupId ?? null}::text) AND COALESCE(dp.frequency, 'daily') <> 'off'
      AND COALESCE(dp."lastSentAt", m."createdAt") + (CASE COALESCE(dp.frequency, 'daily')
            WHEN 'immediate' THEN ${immediateMs}::bigint WHEN 'weekly' THEN 604800000::bigint ELSE 86400000::bigint END) * interval '1 millisecond' <= ${now}
    ORDER BY since LIMIT ${options.limit ?? 500}`;

  let queued = 0;
  for (const row of due) {
    const claimed = await db().$transaction(async (tx) => {
      const won = await tx.$queryRaw<{ ok: number }[]>`
        INSERT INTO "DigestPreference" ("userId", "groupId", frequency, "lastSentAt") VALUES (${row.userId}, ${row.groupId}, 'daily', ${now})
        ON CONFLICT ("userId", "groupId") DO UPDATE SET "lastSentAt" = ${now}
        WHERE "DigestPreference"."lastSentAt" IS NOT DISTINCT FROM ${row.storedLast}::timestamp
        RETURNING 1 AS ok`;
      if (won.length === 0) return false;
      await tx.mailOutbox.create({
        data: {
          userId: row.userId,
          kind: "digest",
          dueAt: now,
          data: { groupId: row.groupId, since: row.since.toISOString(), until: now.toISOString() },
          dedupeKey: `digest:${row.userId}:${row.groupId}:${now.toISOString()}`,
        },
      });
      return true;
    });
    if (claimed) queued += 1;
  }
  return queued;
}
