import Link from "next/link";
import { currentActor } from "@/lib/auth/session-actor";
import { outranks, previewInvite, ROLE_DESCRIPTIONS, UNUSABLE_INVITE_MESSAGES, withArticle } from "@/lib/groups";
import { JoinGroupButton } from "@/components/groups/join-group-button";

export const dynamic = "force-dynamic";
export const metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await currentActor();
  const invite = await previewInvite(actor, token);

  if (!invite) {
    return (
      <main className="auth-page invite-page">
        <h1>This invite link is not valid</h1>
        <p className="lede">Check that you copied the whole link, or ask the group’s owner for a new one.</p>
      </main>
    );
  }

  const here = `/invite/${token}`;
  const callback = encodeURIComponent(here);
  const keepsRole = invite.memberRole !== null && !outranks(invite.role, invite.memberRole);

  let action: React.ReactNode;
  if (invite.status !== "active") {
    action = (
      <p role="alert" className="notice notice-error">
        {UNUSABLE_INVITE_MESSAGES[invite.status]}
      </p>
    );
  } else if (actor.kind !== "user") {
    action = (
      <>
        <p>Sign in or create an account to join; you will come back here.</p>
        <p className="groups-actions">
          <Link className="button" href={`/sign-in?callbackUrl=${callback}`}>
            Sign in to join
          </Link>
          <Link className="button button-quiet" href={`/sign-up?callbackUrl=${callback}&invite=${encodeURIComponent(token)}`}>
            Create an account
          </Link>
        </p>
      </>
    );
  } else if (keepsRole) {
    action = (
      <p className="notice">
        You are already {withArticle(invite.memberRole!)} of this group; you keep that role. <Link href={invite.group.url}>Open the group</Link>.
      </p>
    );
  } else {
    action = (
      <>
        {invite.memberRole && <p>You are {withArticle(invite.memberRole)} of this group now; joining makes you {withArticle(invite.role)}.</p>}
        <JoinGroupButton token={token} groupName={invite.group.name} />
      </>
    );
  }

  return (
    <main className="auth-page invite-page">
      <p className="eyebrow">Invitation</p>
      <h1>Join {invite.group.name}</h1>
      <p className="lede">
        You are invited as {withArticle(invite.role)}: you will {ROLE_DESCRIPTIONS[invite.role]}.
      </p>
      {action}
    </main>
  );
}
