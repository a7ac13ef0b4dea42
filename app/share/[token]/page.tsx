import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { findDocumentByPublicLink, getDocument } from "@/lib/documents";
import { PaperReader } from "@/components/paper/paper-reader";

export const dynamic = "force-dynamic";
export const metadata = { title: "Shared paper", robots: { index: false } };

/** A paper opened through its public read-only link: readable live by anyone holding it. */
export default async function SharedPaperPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const documentId = await findDocumentByPublicLink(token);
  if (!documentId) notFound();
  const actor = await currentActor();
  const document = await getDocument(actor, documentId, { publicLink: token });
  const user = actor.kind === "user" ? { name: actor.name, color: actor.color } : { name: "Guest reader", color: "#57534e" };
  return <PaperReader document={document} user={user} shareToken={token} />;
}
