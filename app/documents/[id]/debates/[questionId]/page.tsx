import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { debateIdSchema, listFirstArguments } from "@/lib/debates";
import { documentIdSchema, getDocument, DomainError } from "@/lib/documents";
import { PaperStatic } from "@/components/paper/paper-static";
import { DebateView } from "@/components/debates/debate-view";
import { loadDocumentRoomColours } from "@/lib/collab/room-colours";
import { RoomColoursProvider } from "@/components/paper/room-colours";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string; questionId: string }>;

// Metadata and page share one load per request: the question and the outline's first arguments.
const loadOpening = cache(async (questionId: string) => listFirstArguments(await currentActor(), questionId));

export async function generateMetadata({ params }: { params: Params }) {
  const { questionId } = await params;
  if (!debateIdSchema.safeParse(questionId).success) return { title: "Debate" };
  try {
    return { title: `Debate: ${(await loadOpening(questionId)).listing.question.text}` };
  } catch {
    return { title: "Debate" };
  }
}

/** A question's debate: the question, its arguments (outline or map) and the paper beside them. */
export default async function DebatePage({ params }: { params: Params }) {
  const { id, questionId } = await params;
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/documents/${id}/debates/${questionId}`)}`);
  if (!documentIdSchema.safeParse(id).success || !debateIdSchema.safeParse(questionId).success) notFound();
  try {
    const [{ listing, complete }, document, access, colours] = await Promise.all([
      loadOpening(questionId),
      getDocument(actor, id),
      loadDocumentAccess(actor, id),
      loadDocumentRoomColours(id),
    ]);
    if (listing.question.documentId !== document.id || !access) notFound();
    return (
      <RoomColoursProvider colours={colours}>
        <DebateView
          initial={listing}
          complete={complete}
          documentTitle={document.title}
          citations={document.citations}
          canAnswerAsAuthor={can(actor, "document.answer-as-author", access)}
          user={{ name: actor.name, color: colours[actor.userId] ?? actor.color }}
        >
          <PaperStatic content={document.content} />
        </DebateView>
      </RoomColoursProvider>
    );
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
}
