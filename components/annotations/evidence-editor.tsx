"use client";

import { useId, useState } from "react";
import { useWorkspace } from "./context";
import { excerpt } from "./paper-dom";

export type EvidenceDraft = { type: "url"; url: string } | { type: "citation"; key: string; label: string } | { type: "passage"; start: number; end: number; quote: string };

/** Evidence for a stance: a link, one of the paper's own citations, or another passage of the paper. */
export function EvidenceEditor({ items, onChange, errors }: { items: EvidenceDraft[]; onChange: (items: EvidenceDraft[]) => void; errors: Record<string, string> }) {
  const { citations, pickPassage } = useWorkspace();
  const id = useId();
  const [adding, setAdding] = useState<"url" | "citation" | null>(null);
  const [url, setUrl] = useState("");
  const [citation, setCitation] = useState(citations[0]?.key ?? "");
  const [picking, setPicking] = useState(false);
  const sorted = [...citations].sort((a, b) => a.label.localeCompare(b.label));

  function addUrl() {
    const value = url.trim();
    if (!/^https?:\/\/\S+$/i.test(value)) return;
    onChange([...items, { type: "url", url: value }]);
    setUrl("");
    setAdding(null);
  }

  async function pick() {
    setPicking(true);
    const passage = await pickPassage();
    setPicking(false);
    if (passage) onChange([...items, { type: "passage", start: passage.start, end: passage.end, quote: passage.quote }]);
  }

  return (
    <fieldset className="evidence-editor">
      <legend>Evidence (optional)</legend>
      {items.length > 0 && (
        <ul className="evidence-list">
          {items.map((item, index) => (
            <li key={`${item.type}-${index}`}>
              <span className="evidence-type">{item.type === "url" ? "Link" : item.type === "citation" ? "Citation" : "Passage"}</span>
              <span className="evidence-text">{item.type === "url" ? item.url : item.type === "citation" ? item.label : `“${excerpt(item.quote, 80)}”`}</span>
              <button type="button" className="text-button" aria-label={`Remove evidence ${index + 1}`} onClick={() => onChange(items.filter((_, at) => at !== index))}>
                Remove
              </button>
              {Object.entries(errors)
                .filter(([field]) => field.startsWith(`evidence.${index}`))
                .map(([field, message]) => (
                  <span key={field} className="field-error">
                    {message}
                  </span>
                ))}
            </li>
          ))}
        </ul>
      )}
      {adding === "url" && (
        <div className="inline-field">
          <label htmlFor={`${id}-url`}>Link (http or https)</label>
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            autoFocus
            placeholder="https://"
            onChange={(event) => setUrl(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addUrl();
              }
            }}
          />
          <button type="button" className="button button-small" onClick={addUrl}>
            Add link
          </button>
        </div>
      )}
      {adding === "citation" && (
        <div className="inline-field">
          <label htmlFor={`${id}-citation`}>One of the paper’s references</label>
          <select id={`${id}-citation`} value={citation} autoFocus onChange={(event) => setCitation(event.target.value)}>
            {sorted.map((entry) => (
              <option key={entry.key} value={entry.key}>
                {entry.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              const entry = citations.find((candidate) => candidate.key === citation);
              if (entry) onChange([...items, { type: "citation", key: entry.key, label: entry.label }]);
              setAdding(null);
            }}
          >
            Add citation
          </button>
        </div>
      )}
      {picking && <p className="pick-hint" role="status">Select a passage in the paper, then choose “Use this passage as evidence” (or press Escape).</p>}
      <div className="row-actions">
        <button type="button" className="text-button" aria-expanded={adding === "url"} onClick={() => setAdding(adding === "url" ? null : "url")}>
          + Link
        </button>
        {citations.length > 0 && (
          <button type="button" className="text-button" aria-expanded={adding === "citation"} onClick={() => setAdding(adding === "citation" ? null : "citation")}>
            + Citation
          </button>
        )}
        <button type="button" className="text-button" disabled={picking} onClick={pick}>
          + Another passage
        </button>
      </div>
    </fieldset>
  );
}
