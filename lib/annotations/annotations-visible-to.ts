import type { UserActor } from "@/lib/auth/actor";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The rows of one document an actor may see, as a query filter (never loaded, then dropped):
 * group annotations, plus their own private ones; hidden ones only for moderators and their
 * author. Private means the author alone, moderators and owners included.
 */
export function annotationsVisibleTo(actor: UserActor | null, documentId: string, isModerator: boolean): Prisma.AnnotationWhereInput {
  const me = actor?.userId ?? "";
  return {
    documentId,
    OR: [{ visibility: "group" }, { visibility: "private", authorId: me }],
    ...(isModerator ? {} : { AND: [{ OR: [{ hiddenAt: null }, { authorId: me }] }] }),
  };
}
