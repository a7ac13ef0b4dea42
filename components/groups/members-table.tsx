"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { GroupRole } from "@/lib/auth/policy";
import type { MemberSummary } from "@/lib/groups/present";
import { GROUP_ROLES, ROLE_LABELS } from "@/lib/groups/roles";
import { formatDate } from "@/components/settings/format-date";
import { useApiForm } from "@/components/settings/use-api-form";
import { ConfirmButton } from "./confirm-button";
import { GroupsTable } from "./groups-table";

function MemberRow({ slug, member, canManage }: { slug: string; member: MemberSummary; canManage: boolean }) {
  const router = useRouter();
  const { pending, message, send } = useApiForm();
  const [role, setRole] = useState(member.role);
  const url = `/api/groups/${slug}/members/${member.userId}`;

  async function changeRole(next: GroupRole) {
    setRole(next);
    const result = await send(url, "PATCH", { role: next });
    if (result.ok) router.refresh();
    else setRole(member.role);
  }

  async function remove() {
    if ((await send(url, "DELETE")).ok) router.refresh();
  }

  return (
    <>
      <tr>
        <th scope="row">
          <span className="member-name">
            <span className="avatar" style={{ background: member.color }} aria-hidden="true">
              {member.name.slice(0, 1)}
            </span>
            {member.name}
            {member.isMe && <span className="meta"> (you)</span>}
          </span>
        </th>
        <td>
          {canManage ? (
            <label>
              <span className="groups-sr-only">Role of {member.name}</span>
              <select value={role} disabled={pending} onChange={(event) => void changeRole(event.target.value as GroupRole)}>
                {GROUP_ROLES.map((option) => (
                  <option key={option} value={option}>
                    {ROLE_LABELS[option]}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span className={`role-badge role-${member.role}`}>{ROLE_LABELS[member.role]}</span>
          )}
        </td>
        <td className="meta">{formatDate(member.joinedAt)}</td>
        {canManage && (
          <td className="row-actions">
            {!member.isMe && <ConfirmButton label="Remove" question={`Remove ${member.name}?`} confirmLabel="Remove" pending={pending} onConfirm={() => void remove()} />}
          </td>
        )}
      </tr>
      {message && (
        <tr className="row-message">
          <td colSpan={canManage ? 4 : 3}>
            <p role="alert" className="form-error">
              {message}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

/** The group's members; owners change roles and remove members right here. */
export function MembersTable({ slug, members, canManage }: { slug: string; members: MemberSummary[]; canManage: boolean }) {
  return (
    <GroupsTable caption="Members" columns={["Name", "Role", "Joined"]} actions={canManage}>
      {members.map((member) => (
        // Keyed by role too: after a change the row starts again from the stored role.
        <MemberRow key={`${member.userId}:${member.role}`} slug={slug} member={member} canManage={canManage} />
      ))}
    </GroupsTable>
  );
}
