"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { contrastWithWhite, HEX_COLOR, MIN_CONTRAST_ON_WHITE, PROFILE_COLORS } from "@/lib/accounts/profile-colors";
import { FieldError, FormFeedback } from "./form-feedback";
import { useApiForm } from "./use-api-form";

const CUSTOM = "custom";

export function ProfileForm({ initialName, initialColor }: { initialName: string; initialColor: string }) {
  const router = useRouter();
  const { pending, message, fields, send } = useApiForm();
  const [saved, setSaved] = useState<string | null>(null);
  const [name, setName] = useState(initialName);
  const inPalette = PROFILE_COLORS.some((c) => c.value === initialColor);
  const [choice, setChoice] = useState(inPalette ? initialColor : CUSTOM);
  const [custom, setCustom] = useState(inPalette ? "" : initialColor);

  const color = choice === CUSTOM ? custom.trim().toLowerCase() : choice;
  const valid = HEX_COLOR.test(color);
  const contrast = valid ? contrastWithWhite(color) : null;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const result = await send("/api/account", "PATCH", { name, color });
    if (result.ok) {
      setSaved("Profile saved.");
      router.refresh(); // the header shows the new name and colour
    }
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <label>
        Display name
        <input name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} aria-describedby="profile-name-error" aria-invalid={Boolean(fields.name)} />
        <FieldError id="profile-name-error" message={fields.name} />
      </label>
      <fieldset className="color-field">
        <legend>Colour</legend>
        <p className="hint">Marks your caret, highlights and avatar. White text must stay readable on it.</p>
        <div className="swatches">
          {PROFILE_COLORS.map((option) => (
            <label key={option.value} className="swatch" title={option.label}>
              <input type="radio" name="color" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} />
              <span className="swatch-chip" style={{ background: option.value }} aria-hidden="true" />
              <span className="settings-sr-only">{option.label}</span>
            </label>
          ))}
          <label className="swatch swatch-custom">
            <input type="radio" name="color" value={CUSTOM} checked={choice === CUSTOM} onChange={() => setChoice(CUSTOM)} />
            <span className="swatch-chip swatch-chip-custom" aria-hidden="true" />
            Custom
          </label>
        </div>
        {choice === CUSTOM && (
          <label className="custom-color">
            <span>
              Custom colour <small>(#rrggbb)</small>
            </span>
            <input
              name="customColor"
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
              placeholder="#1d4ed8"
              spellCheck={false}
              autoComplete="off"
              aria-describedby="profile-color-error"
              aria-invalid={Boolean(fields.color)}
            />
          </label>
        )}
        <FieldError id="profile-color-error" message={fields.color} />
        <div className="color-preview" aria-live="polite">
          <span className="avatar" style={{ background: valid ? color : "transparent" }} aria-hidden="true">
            {name.trim().slice(0, 1)}
          </span>
          <span className="caret-sample" style={{ background: valid ? color : "transparent" }} aria-hidden="true">
            {name.trim() || "Your name"}
          </span>
          <span className="meta">
            {contrast === null
              ? "Enter a colour like #1d4ed8."
              : `Contrast with white text ${contrast.toFixed(1)}:1 ${contrast >= MIN_CONTRAST_ON_WHITE ? "(readable)" : `(too light: needs ${MIN_CONTRAST_ON_WHITE}:1)`}`}
          </span>
        </div>
      </fieldset>
      <FormFeedback error={message} success={saved} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Save profile"}
        </button>
      </div>
    </form>
  );
}
