"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface Person {
  id: string;
  name: string;
}

/**
 * A paper's authors (the members who may revise its text). Owners add and remove them; for
 * everyone else it is a plain list.
 */
export function PaperAuthors({ documentId, authors, members, canManage }: { documentId: string; authors: Person[]; members: Person[]; canManage: boolean }) {
  const router = useRouter();
  const [candidate, setCandidate] = useState("");
  const [error, setError] = useState<string | null>(null);
  const candidates = members.filter((member) => !authors.some((author) => author.id === member.id));

  async function change(userId: string, add: boolean) {
    setError(null);
    const response = await fetch(`/api/documents/${documentId}/authors/${userId}`, { method: add ? "PUT" : "DELETE" });
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      setError(body?.error?.message ?? "Could not change the authors.");
      return;
    }
    setCandidate("");
    router.refresh();
  }

  return (
    <div className="paper-authors">
      <span className="meta">{authors.length === 0 ? "No authors yet" : "Authors:"}</span>
      {authors.map((author) => (
        <span key={author.id} className="author-chip">
          {author.name}
          {canManage && (
            <button type="button" className="link-button" aria-label={`Remove ${author.name} as an author`} onClick={() => void change(author.id, false)}>
              ×
            </button>
          )}
        </span>
      ))}
      {canManage && candidates.length > 0 && (
        <span className="author-add">
          <label className="groups-sr-only" htmlFor={`author-${documentId}`}>
            Make a member an author
          </label>
          <select id={`author-${documentId}`} value={candidate} onChange={(event) => setCandidate(event.target.value)}>
            <option value="">Add an author…</option>
            {candidates.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button-quiet" disabled={!candidate} onClick={() => void change(candidate, true)}>
            Add
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="form-error">
          {error}
        </span>
      )}
    </div>
  );
}
