/** The error under one input; its id is what the input's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <span className="field-error" id={id}>
      {message}
    </span>
  ) : null;
}

/** A form's outcome: an alert for a failure, a polite status for a success. */
export function FormFeedback({ error, success }: { error: string | null; success?: string | null }) {
  if (error) {
    return (
      <p role="alert" className="form-error">
        {error}
      </p>
    );
  }
  return (
    <p role="status" className="form-success">
      {success ?? ""}
    </p>
  );
}
