import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session-actor";
import { DomainError, getDashboard } from "@/lib/groups";
import { DashboardView } from "@/components/dashboard/dashboard-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export const metadata = { title: "Dashboard" };

/** The moderators' dashboard of a group. Anyone who may not moderate it sees "not found". */
export default async function DashboardPage({ params }: Props) {
  const { slug } = await params;
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/groups/${slug}/dashboard`)}`);
  const dashboard = await getDashboard(actor, slug).catch((error: unknown) => {
    if (error instanceof DomainError && (error.status === 404 || error.status === 403)) return null;
    throw error;
  });
  if (!dashboard) notFound();

  return (
    <main className="dashboard-page">
      <p className="breadcrumb">
        <Link href={dashboard.group.url}>{dashboard.group.name}</Link>
      </p>
      <h1>Dashboard</h1>
      <p className="lede">Run the room: who is reading, what was flagged, what waits for a decision, and how the debates stand.</p>
      <DashboardView initial={dashboard} />
    </main>
  );
}
