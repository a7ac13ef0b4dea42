import Link from "next/link";
import { currentActor } from "@/lib/auth/session-actor";
import { loadHomeFeed } from "@/lib/home";
import { HomeFeedView } from "@/components/home/home-feed";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const actor = await currentActor();
  if (actor.kind !== "user") {
    return (
      <main className="home">
        <h1>Read papers together.</h1>
        <p className="lede">
          Disputatio opens a paper as one live document for your seminar: highlight and annotate passages, weigh the paper’s claims, and debate the
          questions it raises. Votes and stances attach to claims and arguments, never to people.
        </p>
        <p>
          <Link className="button" href="/sign-in">
            Sign in
          </Link>{" "}
          <Link className="button button-quiet" href="/sign-up">
            Create an account
          </Link>
        </p>
      </main>
    );
  }
  const feed = await loadHomeFeed(actor);
  return (
    <main className="home home-signed-in">
      <h1>Your papers</h1>
      <HomeFeedView feed={feed} />
    </main>
  );
}
