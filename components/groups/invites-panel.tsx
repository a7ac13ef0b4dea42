"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { GroupRole } from "@/lib/auth/policy";
import type { CreatedInvite, InviteSummary } from "@/lib/groups/present";
import { GROUP_ROLES, ROLE_LABELS } from "@/lib/groups/roles";
import { FieldError, FormFeedback } from "@/components/settings/form-feedback";
import { formatDate } from "@/components/settings/format-date";
import { useApiForm } from "@/components/settings/use-api-form";
import { ConfirmButton } from "./confirm-button";
import { SubmitButton, TextField } from "./form-parts";
import { GroupsTable } from "./groups-table";
import { InviteLink } from "./invite-link";

const STATUS_LABELS: Record<InviteSummary["status"], string> = { active: "Active", expired: "Expired", "used-up": "Used up", revoked: "Revoked" };

function InviteRow({ slug, invite }: { slug: string; invite: InviteSummary }) {
  const router = useRouter();
  const { pending, message, send } = useApiForm();

  async function revoke() {
    if ((await send(`/api/groups/${slug}/invites/${invite.id}`, "DELETE")).ok) router.refresh();
  }

  return (
    <tr>
      <th scope="row">{ROLE_LABELS[invite.role]}</th>
      <td>
        <span className={`invite-status invite-${invite.status}`}>{STATUS_LABELS[invite.status]}</span>
      </td>
      <td>
        {invite.uses} / {invite.maxUses ?? "∞"}
      </td>
      <td>{invite.expiresAt ? formatDate(invite.expiresAt, true) : "Never"}</td>
      <td className="meta">
        {formatDate(invite.createdAt)}
        {invite.createdBy ? ` by ${invite.createdBy}` : ""}
      </td>
      <td className="row-actions">
        {invite.status === "active" && (
          <ConfirmButton label="Revoke" question="Revoke this link? Nobody can join with it afterwards." confirmLabel="Revoke" pending={pending} onConfirm={() => void revoke()} />
        )}
        {message && (
          <p role="alert" className="form-error">
            {message}
          </p>
        )}
      </td>
    </tr>
  );
}

/** Owners create invite links (role, expiry, uses), see the new link once, and revoke links. */
export function InvitesPanel({ slug, invites }: { slug: string; invites: InviteSummary[] }) {
  const router = useRouter();
  const { pending, message, fields, send } = useApiForm();
  const [created, setCreated] = useState<{ url: string; role: GroupRole } | null>(null);

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expires = String(form.get("expiresInDays"));
    const maxUses = String(form.get("maxUses") ?? "").trim();
    const body = { role: form.get("role"), expiresInDays: expires === "never" ? null : Number(expires), maxUses: maxUses === "" ? null : Number(maxUses) };
    const result = await send<CreatedInvite>(`/api/groups/${slug}/invites`, "POST", body);
    if (result.ok) {
      setCreated({ url: new URL(result.data.path, window.location.origin).toString(), role: result.data.invite.role });
      router.refresh();
    }
  }

  return (
    <>
      {created && <InviteLink url={created.url} role={created.role} onDone={() => setCreated(null)} />}
      <form className="groups-form invite-form" onSubmit={onCreate} noValidate>
        <label>
          Role
          <select name="role" defaultValue="participant" aria-describedby="invite-role-error">
            {GROUP_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          <FieldError id="invite-role-error" message={fields.role} />
        </label>
        <label>
          Expires after
          <select name="expiresInDays" defaultValue="7" aria-describedby="invite-expiry-error">
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="never">Never</option>
          </select>
          <FieldError id="invite-expiry-error" message={fields.expiresInDays} />
        </label>
        <TextField label="Maximum uses" name="maxUses" type="number" min={1} max={1000} inputMode="numeric" placeholder="No limit" error={fields.maxUses} errorId="invite-uses-error" />
        <SubmitButton pending={pending} label="Create invite link" pendingLabel="Creating…" />
        <FormFeedback error={message} />
      </form>
      {invites.length === 0 ? (
        <p className="meta">No invite links yet.</p>
      ) : (
        <GroupsTable caption="Invite links" columns={["Role", "Status", "Uses", "Expires", "Created"]} actions>
          {invites.map((invite) => (
            <InviteRow key={`${invite.id}:${invite.status}`} slug={slug} invite={invite} />
          ))}
        </GroupsTable>
      )}
    </>
  );
}
