"use client";

import { createContext, useContext } from "react";
import type { CitationEntry } from "@/lib/documents/get-document";
import type { Abilities, AnnotationDTO, Passage } from "./types";

/** What every card, thread and form on the reading page needs, without threading props through each. */
export interface AnnotationWorkspace {
  documentId: string;
  abilities: Abilities;
  citations: CitationEntry[];
  selectedId: string | null;
  /** Selects an annotation (or none) and, when asked, takes the paper to its passage. */
  select: (id: string | null, options?: { scroll?: boolean }) => void;
  reload: () => Promise<void>;
  /** Notes that the reader is changing this annotation, so its echo from the room is not announced. */
  touch: (id: string) => void;
  upsert: (item: AnnotationDTO) => void;
  remove: (id: string) => void;
  /** Asks the reader to select a passage in the paper; resolves with it, or null if cancelled. */
  pickPassage: () => Promise<Passage | null>;
  showPassage: (start: number, end: number) => void;
  announce: (line: string) => void;
}

export const WorkspaceContext = createContext<AnnotationWorkspace | null>(null);

export function useWorkspace(): AnnotationWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("Annotation components must be inside the reading page.");
  return workspace;
}
