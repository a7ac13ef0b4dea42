import { cache } from "react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { can } from "@/lib/auth/policy";
import { DomainError, getGroup, getGroupSettings, listAuditEvents, listInvites, ROLE_DESCRIPTIONS, withArticle } from "@/lib/groups";
import { formatDate } from "@/components/settings/format-date";
import { AuditTrail } from "@/components/groups/audit-trail";
import { InvitesPanel } from "@/components/groups/invites-panel";
import { LeaveGroupButton } from "@/components/groups/leave-group-button";
import { MembersTable } from "@/components/groups/members-table";
import { RenameGroupForm } from "@/components/groups/rename-group-form";
import { PaperAuthors } from "@/components/groups/paper-authors";
import { DebateSettingsForm } from "@/components/groups/debate-settings-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one load per request (keyed by slug alone: the actor is the request's).
const loadGroup = cache(async (slug: string) => {
  try {
    return await getGroup(await currentActor(), slug);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props) {
  const actor = await currentActor();
  const group = actor.kind === "user" ? await loadGroup((await params).slug) : null;
  return { title: group?.name ?? "Group" };
}

export default async function GroupPage({ params }: Props) {
  const { slug } = await params;
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/groups/${slug}`)}`);
  const group = await loadGroup(slug);
  if (!group) notFound();
  const [invites, audit, settings] = await Promise.all([
    group.permissions.invite ? listInvites(actor, slug) : null,
    group.permissions.viewAudit ? listAuditEvents(actor, slug) : null,
    getGroupSettings(actor, slug),
  ]);

  return (
    <main className="groups-page group-page">
      <p className="breadcrumb">
        <Link href="/groups">Groups</Link>
      </p>
      <header className="group-header">
        <h1>{group.name}</h1>
        {group.permissions.rename && <RenameGroupForm slug={group.slug} name={group.name} />}
      </header>
      {group.myRole && (
        <p className="lede">
          You are {withArticle(group.myRole)} here: you can {ROLE_DESCRIPTIONS[group.myRole]}.
        </p>
      )}
      {can(actor, "group.moderate", { groupId: group.id, groupRole: group.myRole }) && (
        <p className="dashboard-link">
          <Link href={`/groups/${group.slug}/dashboard`}>Open the moderator dashboard</Link>
        </p>
      )}

      <section className="groups-section" aria-labelledby="papers-heading">
        <h2 id="papers-heading">Papers</h2>
        {group.documents.length === 0 ? (
          <p className="meta">No papers yet. Owners and moderators import papers with the CLI or the API.</p>
        ) : (
          <ul className="document-list">
            {group.documents.map((document) => (
              <li key={document.id}>
                <Link href={document.url}>{document.title}</Link>
                <span className="meta">imported {formatDate(document.createdAt)}</span>
                <PaperAuthors
                  documentId={document.id}
                  authors={document.authors}
                  members={group.members.map((member) => ({ id: member.userId, name: member.name }))}
                  canManage={group.permissions.manageMembers}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="groups-section" aria-labelledby="members-heading">
        <h2 id="members-heading">
          Members <span className="count">{group.memberCount}</span>
        </h2>
        <MembersTable slug={group.slug} members={group.members} canManage={group.permissions.manageMembers} />
        {group.membersNextCursor && <p className="meta">Showing the first {group.members.length} members.</p>}
      </section>

      {invites && (
        <section className="groups-section" aria-labelledby="invites-heading">
          <h2 id="invites-heading">Invite links</h2>
          <p className="hint">Anyone with an active link can join with its role. Each link is shown once, when you create it.</p>
          <InvitesPanel slug={group.slug} invites={invites.items} />
        </section>
      )}

      {settings.canConfigure && (
        <section className="groups-section" aria-labelledby="debate-settings-heading">
          <h2 id="debate-settings-heading">Debates</h2>
          <DebateSettingsForm settings={settings} />
        </section>
      )}

      {audit && (
        <section className="groups-section" aria-labelledby="audit-heading">
          <h2 id="audit-heading">Audit trail</h2>
          <p className="hint">Who joined, left or was removed, and every role change. Only owners see this.</p>
          <AuditTrail events={audit.items} more={audit.nextCursor !== null} />
        </section>
      )}

      {group.permissions.leave && (
        <section className="groups-section groups-section-quiet" aria-labelledby="leave-heading">
          <h2 id="leave-heading">Leave</h2>
          <LeaveGroupButton slug={group.slug} name={group.name} />
        </section>
      )}
    </main>
  );
}
