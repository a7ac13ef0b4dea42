"use client";

import { createContext, useContext } from "react";

const RoomColoursContext = createContext<Record<string, string>>({});

/** The room's colours by user id (lib/collab/room-colours), for everything that shows a person. */
export function RoomColoursProvider({ colours, children }: { colours: Record<string, string>; children: React.ReactNode }) {
  return <RoomColoursContext.Provider value={colours}>{children}</RoomColoursContext.Provider>;
}

/** A person's colour in this room; their account colour outside a room (or when unknown). */
export function useRoomColour(id: string | null | undefined, fallback: string): string {
  const colours = useContext(RoomColoursContext);
  return (id && colours[id]) || fallback;
}
