import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { documentIdSchema, getDocument, DomainError } from "@/lib/documents";
import { PaperReader } from "@/components/paper/paper-reader";
import { mayReadReport } from "@/lib/reports";
import { loadDocumentRoomColours } from "@/lib/collab/room-colours";
import { RoomColoursProvider } from "@/components/paper/room-colours";
import { recordDocumentVisit } from "@/lib/home";

export const dynamic = "force-dynamic";

// Metadata and page share one load per request.
const loadDocument = cache(async (id: string) => getDocument(await currentActor(), id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  const { id } = await params;
  if (actor.kind !== "user" || !documentIdSchema.safeParse(id).success) return { title: "Paper" };
  try {
    return { title: (await loadDocument(id)).title };
  } catch {
    return { title: "Paper" };
  }
}

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/documents/${id}`)}`);
  if (!documentIdSchema.safeParse(id).success) notFound();
  try {
    const [document, canReadReport, colours] = await Promise.all([loadDocument(id), mayReadReport(actor, id), loadDocumentRoomColours(id)]);
    // The home page counts what is new since this visit (the read above passed the policy).
    await recordDocumentVisit(actor, document.id);
    return (
      <RoomColoursProvider colours={colours}>
        <PaperReader document={document} user={{ name: actor.name, color: colours[actor.userId] ?? actor.color }} canReadReport={canReadReport} />
      </RoomColoursProvider>
    );
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
}
