import { redirect } from "next/navigation";
import { getAccount, listGroupsBlockingDeletion } from "@/lib/accounts";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { currentActor } from "@/lib/auth/session-actor";
import { ApiTokens } from "@/components/settings/api-tokens";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { MailPreferences } from "@/components/settings/mail-preferences";
import { getMailPreferences } from "@/lib/mail/get-mail-preferences";

export const dynamic = "force-dynamic";
export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect("/sign-in?callbackUrl=/settings");
  const [account, tokens, blocking, mail] = await Promise.all([
    getAccount(actor, actor.userId),
    listApiTokens(actor, actor.userId),
    listGroupsBlockingDeletion(actor, actor.userId),
    getMailPreferences(actor),
  ]);

  return (
    <main className="settings">
      <h1>Settings</h1>
      <p className="meta">Signed in as {account.email}.</p>

      <SettingsSection id="profile" title="Profile">
        <ProfileForm initialName={account.name} initialColor={account.color} />
      </SettingsSection>

      <SettingsSection id="password" title="Password">
        <PasswordForm />
      </SettingsSection>

      <SettingsSection id="mail" title="E-mail">
        <MailPreferences initial={mail} />
      </SettingsSection>

      <SettingsSection id="tokens" title="API tokens">
        <p className="hint">
          Personal tokens let scripts use the <code>/api</code> routes as you. Each is shown once when created; revoke one you no longer use or may have leaked.
        </p>
        <ApiTokens initialTokens={tokens.items} />
      </SettingsSection>

      <SettingsSection id="data" title="Your data">
        <p>Download everything you wrote or brought here as one JSON file: your account and memberships, the papers you imported, your annotations (private ones too), replies, stances, reactions and flags, and your API tokens (never their secrets).</p>
        <p>
          <a className="button button-quiet" href="/api/account/export" download>
            Download my data
          </a>
        </p>
      </SettingsSection>

      <SettingsSection id="delete" title="Delete my account" danger>
        <div className="delete-explainer">
          <div>
            <h3>Deleted</h3>
            <ul>
              <li>Your email, name and password</li>
              <li>Your memberships and author roles</li>
              <li>Your private (“only me”) annotations and your inbox</li>
              <li>Your API tokens (revoked at once)</li>
            </ul>
          </div>
          <div>
            <h3>Kept, shown as by “Former member”</h3>
            <ul>
              <li>Papers you imported</li>
              <li>What you wrote for groups: annotations, replies, stances</li>
            </ul>
          </div>
        </div>
        <p>This cannot be undone. Download your data first if you want a copy.</p>
        {blocking.length > 0 && (
          <p className="notice">
            You are the last owner of {blocking.map((group) => `“${group.name}”`).join(", ")}. Make another member an owner there before deleting your account.
          </p>
        )}
        <DeleteAccountForm />
      </SettingsSection>
    </main>
  );
}
