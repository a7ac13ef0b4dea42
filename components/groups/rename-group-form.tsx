"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormFeedback } from "@/components/settings/form-feedback";
import { useApiForm } from "@/components/settings/use-api-form";
import { SubmitButton, TextField } from "./form-parts";

/** The group's name, editable in place by its owners. */
export function RenameGroupForm({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { pending, message, fields, send } = useApiForm();

  if (!editing) {
    return (
      <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
        Rename
      </button>
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send(`/api/groups/${slug}`, "PATCH", { name: new FormData(event.currentTarget).get("name") });
    if (result.ok) {
      setEditing(false);
      router.refresh();
    }
  }

  return (
    <form className="groups-form groups-inline-form rename-form" onSubmit={onSubmit} noValidate>
      <TextField label="New name" name="name" defaultValue={name} required maxLength={120} autoFocus error={fields.name} errorId="rename-error" />
      <div className="groups-actions">
        <SubmitButton pending={pending} label="Save" pendingLabel="Saving…" />
        <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
      <FormFeedback error={message} />
    </form>
  );
}
