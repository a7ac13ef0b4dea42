import { db } from "@/lib/db";
import { PERSON_SELECT, presentThreadState, type ThreadState } from "./present";

/** The annotation's resolution and answer, as the thread shows them. */
export async function loadThreadState(annotationId: string): Promise<ThreadState> {
  const row = await db().annotation.findUniqueOrThrow({ where: { id: annotationId }, select: { id: true, documentId: true, resolvedAt: true, resolvedById: true, answerId: true } });
  const resolvedBy = row.resolvedById ? await db().user.findUnique({ where: { id: row.resolvedById }, select: PERSON_SELECT }) : null;
  return presentThreadState({ ...row, resolvedBy });
}
