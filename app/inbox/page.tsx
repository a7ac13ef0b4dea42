import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { listInbox } from "@/lib/threads";
import { InboxView } from "@/components/annotations/inbox-view";

export const dynamic = "force-dynamic";
export const metadata = { title: "Inbox" };

/** Replies, mentions, answers and moderation notices addressed to the signed-in member. */
export default async function InboxPage() {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect("/sign-in?callbackUrl=/inbox");
  const first = await listInbox(actor, {});
  return (
    <main className="inbox-page">
      <h1>Inbox</h1>
      <p className="meta">Replies to your annotations, mentions of you, answers chosen, and notices from moderators.</p>
      <InboxView initial={first} />
    </main>
  );
}
