"use client";

import { useState } from "react";
import { FormFeedback } from "@/components/settings/form-feedback";
import { useApiForm } from "@/components/settings/use-api-form";
import type { GroupSettingsDTO } from "@/lib/groups";
import { SubmitButton } from "./form-parts";

const VISIBILITY: { value: GroupSettingsDTO["ratingVisibility"]; label: string; hint: string }[] = [
  { value: "always", label: "Always", hint: "Everyone sees each argument’s ratings at once." },
  { value: "after_rating", label: "After rating", hint: "A member sees an argument’s ratings once they have rated it, so early votes do not anchor later ones." },
  { value: "after_close", label: "After the question closes", hint: "Nobody sees ratings until the moderator closes the question." },
];

/** The group's debate settings, for its owners: when ratings show, and whether moderators see names behind pseudonyms. */
export function DebateSettingsForm({ settings }: { settings: GroupSettingsDTO }) {
  const [visibility, setVisibility] = useState(settings.ratingVisibility);
  const [seeNames, setSeeNames] = useState(settings.moderatorsSeeNames);
  const [done, setDone] = useState<string | null>(null);
  const { pending, message, send } = useApiForm();

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await send<GroupSettingsDTO>(`/api/groups/${settings.slug}/settings`, "PATCH", { ratingVisibility: visibility, moderatorsSeeNames: seeNames });
    if (result.ok) {
      setVisibility(result.data.ratingVisibility);
      setSeeNames(result.data.moderatorsSeeNames);
      setDone("Debate settings saved.");
    }
  }

  return (
    <form className="groups-form debate-settings" onSubmit={onSubmit}>
      <fieldset>
        <legend>Argument ratings are visible</legend>
        {VISIBILITY.map((option) => (
          <label key={option.value} className="radio-line">
            <input type="radio" name="ratingVisibility" value={option.value} checked={visibility === option.value} onChange={() => setVisibility(option.value)} />
            <span>
              {option.label} <small>{option.hint}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="radio-line">
        <input type="checkbox" name="moderatorsSeeNames" checked={seeNames} onChange={(event) => setSeeNames(event.target.checked)} />
        <span>
          Moderators see members’ names in anonymous debates <small>Participants always see animal pseudonyms there.</small>
        </span>
      </label>
      <SubmitButton pending={pending} label="Save debate settings" pendingLabel="Saving…" />
      <FormFeedback error={message} success={done} />
    </form>
  );
}
