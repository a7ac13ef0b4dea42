"use client";

import { useRoomColour } from "@/components/paper/room-colours";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 31_536_000],
  ["month", 2_592_000],
  ["week", 604_800],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];
const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "3 minutes ago", with the exact time on hover and for assistive technology in the element. */
export function TimeAgo({ iso }: { iso: string }) {
  const date = new Date(iso);
  const seconds = (date.getTime() - Date.now()) / 1000;
  const unit = UNITS.find(([, size]) => Math.abs(seconds) >= size);
  const text = unit ? format.format(Math.round(seconds / unit[1]), unit[0]) : "just now";
  return (
    <time dateTime={iso} title={date.toLocaleString()}>
      {text}
    </time>
  );
}

/** A member's colour dot and name. Colour is decoration: the name always shows. */
export function Person({ person }: { person: { id?: string | null; name: string; color: string } | null }) {
  const who = person ?? { name: "Someone", color: "#a8a29e" };
  // In a paper's room, the same colour as the person's caret and avatar.
  const color = useRoomColour(who.id, who.color);
  return (
    <span className="person">
      <span className="person-dot" style={{ background: color }} aria-hidden="true" />
      {who.name}
    </span>
  );
}
