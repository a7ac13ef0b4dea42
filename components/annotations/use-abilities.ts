"use client";

import { useEffect, useState } from "react";
import { api } from "./api";
import type { Abilities } from "./types";

type Role = "owner" | "moderator" | "participant" | "viewer";
const RANK: Record<Role, number> = { viewer: 0, participant: 1, moderator: 2, owner: 3 };

/** Optional fields the document DTO may carry; when present they win over what is derived here. */
interface DocumentRights {
  groupId: string;
  canEditText: boolean;
  canAnnotate?: boolean;
  canModerate?: boolean;
}

async function myRoleIn(groupId: string): Promise<Role | null> {
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
    const { items, nextCursor }: { items: { id: string; myRole: Role }[]; nextCursor: string | null } = await api(`/api/groups${query}`);
    const group = items.find((item) => item.id === groupId);
    if (group) return group.myRole;
    if (!nextCursor) return null;
    cursor = nextCursor;
  }
  return null;
}

/**
 * Who the reader is and what they may do with annotations. The reading page's document DTO has
 * no such fields yet, so they are derived from the account and the reader's role in the paper's
 * group (the same rule as the policy: participants and the paper's authors annotate, moderators
 * and owners moderate). The server still decides: a refused action shows its message.
 */
export function useAbilities(document: DocumentRights): Abilities {
  const [abilities, setAbilities] = useState<Abilities>({ userId: null, annotate: document.canAnnotate ?? false, moderate: document.canModerate ?? false });
  const { groupId, canEditText, canAnnotate, canModerate } = document;

  useEffect(() => {
    let live = true;
    Promise.all([api<{ id: string }>("/api/account"), myRoleIn(groupId).catch(() => null)])
      .then(([account, role]) => {
        if (!live) return;
        const rank = role ? RANK[role] : -1;
        setAbilities({
          userId: account.id,
          annotate: canAnnotate ?? (rank >= RANK.participant || canEditText),
          moderate: canModerate ?? rank >= RANK.moderator,
        });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [groupId, canEditText, canAnnotate, canModerate]);

  return abilities;
}
