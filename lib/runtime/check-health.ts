import { db } from "@/lib/db";
import { collabServer } from "@/lib/collab/registry";

export interface Health {
  status: "ok" | "degraded";
  db: "ok" | "down";
  /** Present only when several instances share Redis (REDIS_URL). */
  redis?: "ok" | "down";
}

/**
 * `{status, db[, redis]}` for GET /api/health; each answers within two seconds or is down.
 * Redis is reported when this instance was started with it: without it the instance still
 * serves its own clients, but the others stop hearing from it, so a balancer should know.
 */
export async function checkHealth(): Promise<Health> {
  const database = await Promise.race([
    db().$queryRaw`select 1`.then(() => "ok" as const, () => "down" as const),
    new Promise<"down">((resolve) => setTimeout(() => resolve("down"), 2000).unref()),
  ]);
  const bus = collabServer()?.cluster.bus;
  const redis = bus?.shared ? ((await bus.ping()) ? ("ok" as const) : ("down" as const)) : undefined;
  const ok = database === "ok" && redis !== "down";
  return { status: ok ? "ok" : "degraded", db: database, ...(redis ? { redis } : {}) };
}
