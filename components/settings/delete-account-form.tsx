"use client";

import { signOut } from "next-auth/react";
import { FieldError, FormFeedback } from "./form-feedback";
import { useApiForm } from "./use-api-form";

export function DeleteAccountForm() {
  const { pending, message, fields, send } = useApiForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send("/api/account", "DELETE", { password: new FormData(event.currentTarget).get("password") });
    // The session cookie no longer names a live account; clear it and leave.
    if (result.ok) await signOut({ callbackUrl: "/" });
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <label>
        Your password, to confirm
        <input name="password" type="password" autoComplete="current-password" required aria-describedby="delete-password-error" aria-invalid={Boolean(fields.password)} />
        <FieldError id="delete-password-error" message={fields.password} />
      </label>
      <FormFeedback error={message} />
      <div>
        <button type="submit" className="button button-danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete my account"}
        </button>
      </div>
    </form>
  );
}
