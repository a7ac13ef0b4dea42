import Link from "next/link";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { listMyGroups, ROLE_LABELS } from "@/lib/groups";
import { CreateGroupForm } from "@/components/groups/create-group-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Groups" };

function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export default async function GroupsPage() {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect("/sign-in?callbackUrl=%2Fgroups");
  const { items } = await listMyGroups(actor);

  return (
    <main className="groups-page">
      <h1>Your groups</h1>
      {items.length === 0 ? (
        <p className="lede">You are not in a group yet. Start one below, or open an invite link someone sent you.</p>
      ) : (
        <ul className="group-list">
          {items.map((group) => (
            <li key={group.id}>
              <Link href={group.url}>{group.name}</Link>
              <span className="meta">
                <span className={`role-badge role-${group.myRole}`}>{ROLE_LABELS[group.myRole]}</span> {count(group.memberCount, "member", "members")} ·{" "}
                {count(group.documentCount, "paper", "papers")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <section className="groups-section" aria-labelledby="new-group-heading">
        <h2 id="new-group-heading">Start a group</h2>
        <p className="hint">A seminar, a reading circle, an author’s review panel. You become its owner: you invite people by link and decide who does what.</p>
        <CreateGroupForm />
      </section>
    </main>
  );
}
