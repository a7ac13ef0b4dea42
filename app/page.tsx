import Link from "next/link";
import { currentActor } from "@/lib/auth/session-actor";
import { listDocuments } from "@/lib/documents";

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
  const { items } = await listDocuments(actor);
  return (
    <main className="home">
      <h1>Your papers</h1>
      {items.length === 0 ? (
        <p>No papers yet. A group owner or moderator can import one with the CLI or the API.</p>
      ) : (
        <ul className="document-list">
          {items.map((document) => (
            <li key={document.id}>
              <Link href={document.url}>{document.title}</Link>
              <span className="meta">imported {new Date(document.createdAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
