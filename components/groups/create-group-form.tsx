"use client";

import { useRouter } from "next/navigation";
import type { GroupSummary } from "@/lib/groups/present";
import { FormFeedback } from "@/components/settings/form-feedback";
import { useApiForm } from "@/components/settings/use-api-form";
import { SubmitButton, TextField } from "./form-parts";

/** Starts a group; its creator lands on the new group's page as owner. */
export function CreateGroupForm() {
  const router = useRouter();
  const { pending, message, fields, send } = useApiForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send<GroupSummary>("/api/groups", "POST", { name: new FormData(event.currentTarget).get("name") });
    if (result.ok) router.push(result.data.url);
  }

  return (
    <form className="groups-form groups-inline-form" onSubmit={onSubmit} noValidate>
      <TextField label="Group name" name="name" required maxLength={120} error={fields.name} errorId="group-name-error" />
      <SubmitButton pending={pending} label="Create group" pendingLabel="Creating…" />
      <FormFeedback error={message} />
    </form>
  );
}
