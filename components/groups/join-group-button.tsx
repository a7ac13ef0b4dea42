"use client";

import { useRouter } from "next/navigation";
import type { RedeemResult } from "@/lib/groups/redeem-invite";
import { FormFeedback } from "@/components/settings/form-feedback";
import { useApiForm } from "@/components/settings/use-api-form";
import { SubmitButton } from "./form-parts";

/** Redeems the invite and opens the group. */
export function JoinGroupButton({ token, groupName }: { token: string; groupName: string }) {
  const router = useRouter();
  const { pending, message, send } = useApiForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send<RedeemResult>(`/api/invites/${token}/redeem`, "POST");
    if (result.ok) {
      router.push(result.data.group.url);
      router.refresh();
    }
  }

  return (
    <form className="groups-form" onSubmit={onSubmit}>
      <SubmitButton pending={pending} label={`Join ${groupName}`} pendingLabel="Joining…" />
      <FormFeedback error={message} />
    </form>
  );
}
