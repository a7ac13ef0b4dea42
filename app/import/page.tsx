import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { listMyGroups } from "@/lib/groups";
import { ImportForm } from "@/components/documents/import-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Import a paper" };

/** Owners and moderators bring a paper into one of their groups. */
export default async function ImportPage({ searchParams }: { searchParams: Promise<{ group?: string | string[] }> }) {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect("/sign-in?callbackUrl=/import");
  const { group } = await searchParams;
  const groups = (await listMyGroups(actor)).items.filter((g) => g.myRole === "owner" || g.myRole === "moderator").map((g) => ({ slug: g.slug, name: g.name }));
  const preferred = typeof group === "string" && groups.some((g) => g.slug === group) ? group : groups[0]?.slug;
  return (
    <main className="settings import-page">
      <h1>Import a paper</h1>
      <p className="hint">PDF, Word (.docx), OpenDocument (.odt), Markdown, HTML or plain text, up to 5 MB. The paper opens as a live document for the group.</p>
      {groups.length === 0 ? <p className="notice">Only a group&rsquo;s owners and moderators import papers, and you are neither in any group.</p> : <ImportForm groups={groups} initialGroup={preferred!} />}
    </main>
  );
}
