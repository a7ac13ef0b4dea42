import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { ANONYMOUS, type Actor } from "./actor";
import { authOptions } from "./auth-options";

/**
 * The actor of the current request (pages, route handlers, server actions). The session only
 * names the user; name and colour are read fresh so a rename shows at once. Issue 3 adds
 * Bearer API tokens here.
 */
export async function currentActor(): Promise<Actor> {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return ANONYMOUS;
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, color: true } });
  if (!user) return ANONYMOUS;
  return { kind: "user", userId: user.id, name: user.name, color: user.color };
}
