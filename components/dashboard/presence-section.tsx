"use client";

import Link from "next/link";
import { Person } from "@/components/annotations/time-ago";
import type { DashboardPresence } from "./types";

/** Who has each paper open right now (each member once; guests on a public link as a count). */
export function PresenceSection({ presence }: { presence: DashboardPresence[] }) {
  const inRoom = presence.reduce((sum, room) => sum + room.users.length + room.guests, 0);
  return (
    <section className="dashboard-section" aria-labelledby="presence-heading">
      <h2 id="presence-heading">
        In the room now <span className="count">{inRoom}</span>
      </h2>
      {presence.length === 0 ? (
        <p className="muted">This group has no papers yet.</p>
      ) : (
        <ul className="presence-list">
          {presence.map((room) => (
            <li key={room.documentId}>
              <Link href={room.url} className="presence-paper">
                {room.title}
              </Link>
              {room.users.length === 0 && room.guests === 0 ? (
                <span className="muted">nobody reading</span>
              ) : (
                <ul className="presence-people" aria-label={`Reading ${room.title}`}>
                  {room.users.map((user) => (
                    <li key={`${user.name}-${user.color}`}>
                      <Person person={user} />
                    </li>
                  ))}
                  {room.guests > 0 && (
                    <li className="muted">
                      {room.guests} {room.guests === 1 ? "guest" : "guests"}
                    </li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
