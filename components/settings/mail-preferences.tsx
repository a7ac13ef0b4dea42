"use client";

import { useState } from "react";
import { FormFeedback } from "./form-feedback";
import { useApiForm } from "./use-api-form";
import type { DigestFrequency } from "@/lib/mail/kinds";
import type { MailPreferencesDTO } from "@/lib/mail/present";

const FREQUENCIES: { value: DigestFrequency; label: string }[] = [
  { value: "immediate", label: "As it happens (every few minutes)" },
  { value: "daily", label: "Daily" },
  { value: "weekly", label: "Weekly" },
  { value: "off", label: "Never" },
];

/** E-mail settings: whether mail is on here, each kind on or off, and each group's digest frequency. */
export function MailPreferences({ initial }: { initial: MailPreferencesDTO }) {
  const { pending, message, send } = useApiForm();
  const [saved, setSaved] = useState<string | null>(null);
  const [kinds, setKinds] = useState(() => Object.fromEntries(initial.kinds.map((kind) => [kind.kind, kind.enabled])));
  const [groups, setGroups] = useState(() => Object.fromEntries(initial.groups.map((group) => [group.groupId, group.frequency])));
  const digestOn = kinds.digest !== false;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const result = await send<MailPreferencesDTO>("/api/mail/preferences", "PUT", {
      kinds,
      groups: Object.entries(groups).map(([groupId, frequency]) => ({ groupId, frequency })),
    });
    if (result.ok) setSaved("E-mail settings saved.");
  }

  return (
    <form className="settings-form mail-preferences" onSubmit={onSubmit} noValidate>
      <p className={initial.mode === "smtp" ? "hint" : "notice"} data-testid="mail-status">
        {initial.status}
      </p>
      <fieldset>
        <legend>Send me an e-mail when</legend>
        <p className="hint">Only for what I have not seen in the app after ten minutes. Every e-mail has a link that turns its kind off.</p>
        {initial.kinds.map((kind) => (
          <label key={kind.kind} className="checkbox-row">
            <input type="checkbox" name={`kind-${kind.kind}`} checked={kinds[kind.kind] !== false} onChange={(event) => setKinds({ ...kinds, [kind.kind]: event.target.checked })} />
            <span>
              {kind.label} <small>{kind.description}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {initial.groups.length > 0 && (
        <fieldset disabled={!digestOn}>
          <legend>Digest of each group</legend>
          <p className="hint">What happened on each paper (counts) and what is addressed to me; moderators also get the flag queue and proposed questions.</p>
          {initial.groups.map((group) => (
            <label key={group.groupId}>
              {group.name}
              <select name={`digest-${group.groupId}`} value={groups[group.groupId]} onChange={(event) => setGroups({ ...groups, [group.groupId]: event.target.value as DigestFrequency })}>
                {FREQUENCIES.map((frequency) => (
                  <option key={frequency.value} value={frequency.value}>
                    {frequency.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save e-mail settings"}
        </button>
      </div>
      <FormFeedback error={message} success={saved} />
    </form>
  );
}
