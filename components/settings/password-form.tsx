"use client";

import { useState } from "react";
import { FieldError, FormFeedback } from "./form-feedback";
import { useApiForm } from "./use-api-form";

export function PasswordForm() {
  const { pending, message, fields, send, setFields, setMessage } = useApiForm();
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(null);
    if (form.get("newPassword") !== form.get("repeatPassword")) {
      setFields({ repeatPassword: "The two new passwords differ." });
      setMessage("Type the same new password twice.");
      return;
    }
    const result = await send("/api/account/password", "POST", { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (result.ok) {
      formElement.reset();
      setSaved("Password changed. Use the new one next time you sign in.");
    }
  }

  const input = (name: string, label: React.ReactNode, autoComplete: string) => (
    <label>
      <span>{label}</span>
      <input name={name} type="password" autoComplete={autoComplete} required aria-describedby={`${name}-error`} aria-invalid={Boolean(fields[name])} />
      <FieldError id={`${name}-error`} message={fields[name]} />
    </label>
  );

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      {input("currentPassword", "Current password", "current-password")}
      {input("newPassword", <>New password <small>(at least 8 characters)</small></>, "new-password")}
      {input("repeatPassword", "Repeat the new password", "new-password")}
      <FormFeedback error={message} success={saved} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
