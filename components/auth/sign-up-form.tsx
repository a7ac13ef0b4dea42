"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

type FieldErrors = Record<string, string>;

export function SignUpForm({ inviteToken, callbackUrl = "/" }: { inviteToken?: string; callbackUrl?: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: form.get("name"), email: form.get("email"), password: form.get("password"), inviteToken };
    setPending(true);
    setErrors({});
    setMessage(null);
    const response = await fetch("/api/users", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) {
      const payload = await response.json().catch(() => null);
      setErrors(payload?.error?.details?.fields ?? {});
      setMessage(payload?.error?.message ?? "Could not create the account.");
      setPending(false);
      return;
    }
    await signIn("credentials", { redirect: false, email: body.email, password: body.password });
    router.push(callbackUrl);
    router.refresh();
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {errors[name]}
      </span>
    ) : null;

  return (
    <form className="auth-form" onSubmit={onSubmit} noValidate>
      <label>
        Display name
        <input name="name" autoComplete="name" required aria-describedby="name-error" aria-invalid={Boolean(errors.name)} autoFocus />
        {fieldError("name")}
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required aria-describedby="email-error" aria-invalid={Boolean(errors.email)} />
        {fieldError("email")}
      </label>
      <label>
        Password <small>(at least 8 characters)</small>
        <input name="password" type="password" autoComplete="new-password" required minLength={8} aria-describedby="password-error" aria-invalid={Boolean(errors.password)} />
        {fieldError("password")}
      </label>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
