import { db } from "@/lib/db";

/** `{status, db}` for GET /api/health; the database answers within two seconds or is down. */
export async function checkHealth(): Promise<{ status: "ok" | "degraded"; db: "ok" | "down" }> {
  try {
    await Promise.race([db().$queryRaw`select 1`, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000))]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  }
}
