import { FieldError } from "@/components/settings/form-feedback";

type InputProps = React.InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its 422 field error underneath, linked for screen readers. */
export function TextField({ label, name, error, errorId, ...input }: { label: string; name: string; error?: string; errorId: string } & InputProps) {
  return (
    <label>
      {label}
      <input name={name} autoComplete="off" aria-describedby={errorId} aria-invalid={Boolean(error)} {...input} />
      <FieldError id={errorId} message={error} />
    </label>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button type="submit" className="button" disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
