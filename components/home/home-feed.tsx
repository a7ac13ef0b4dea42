import Link from "next/link";
import type { HomeFeed, HomePaper } from "@/lib/home";
import { TimeLeft } from "./time-left";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Waiting({ paper }: { paper: HomePaper }) {
  const items = [
    paper.unreadReplies > 0 && { key: "replies", text: plural(paper.unreadReplies, "unread reply", "unread replies"), tone: "is-personal" },
    paper.unreadMentions > 0 && { key: "mentions", text: plural(paper.unreadMentions, "mention of you", "mentions of you"), tone: "is-personal" },
    paper.otherUnread > 0 && { key: "other", text: plural(paper.otherUnread, "other notice", "other notices"), tone: "is-personal" },
    paper.newAnnotations > 0 && { key: "new", text: `${plural(paper.newAnnotations, "new annotation", "new annotations")} ${paper.lastVisitedAt ? "since your last visit" : "(not opened yet)"}`, tone: "" },
  ].filter((item): item is { key: string; text: string; tone: string } => Boolean(item));
  if (items.length === 0 && paper.openDebates.length === 0) return <p className="home-quiet">Nothing new since your last visit.</p>;
  return (
    <>
      {items.length > 0 && (
        <ul className="home-waiting" aria-label="What is new">
          {items.map((item) => (
            <li key={item.key} className={item.tone}>
              {item.text}
            </li>
          ))}
        </ul>
      )}
      {paper.openDebates.length > 0 && (
        <div className="home-debates">
          <h4>{plural(paper.openDebates.length, "open debate", "open debates")}</h4>
          <ul>
            {paper.openDebates.map((debate) => (
              <li key={debate.id}>
                <Link href={debate.url}>{debate.text}</Link>
                {debate.roundEndsAt && <TimeLeft until={debate.roundEndsAt} label="round ends" />}
                {debate.closesAt && <TimeLeft until={debate.closesAt} label="closes" />}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** The signed-in home: per group, per paper, what waits for this member. Nobody is ranked. */
export function HomeFeedView({ feed }: { feed: HomeFeed }) {
  if (feed.groups.length === 0) {
    return (
      <p>
        No papers yet: you are not in a group. Open an invite link from your seminar, or <Link href="/groups">create a group</Link>.
      </p>
    );
  }
  return (
    <div className="home-groups">
      {feed.groups.map((group) => (
        <section key={group.slug} className="home-group" aria-labelledby={`group-${group.slug}`}>
          <div className="home-group-head">
            <h2 id={`group-${group.slug}`}>
              <Link href={group.url}>{group.name}</Link>
            </h2>
            <span className={`role-badge role-${group.role}`}>{group.role}</span>
            <div className="home-group-actions">
              {group.canImport && (
                <Link className="button button-small" href={group.importUrl}>
                  Import a paper
                </Link>
              )}
              {group.inviteUrl && (
                <Link className="button button-small button-quiet" href={group.inviteUrl}>
                  Invite link
                </Link>
              )}
            </div>
          </div>
          {group.papers.length === 0 ? (
            <p className="home-quiet">No papers in this group yet.</p>
          ) : (
            <ul className="home-papers">
              {group.papers.map((paper) => (
                <li key={paper.id} className="home-paper">
                  <h3>
                    <Link href={paper.url}>{paper.title}</Link>
                  </h3>
                  <p className="meta">
                    imported {new Date(paper.createdAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}
                    {paper.lastVisitedAt && ` · you last opened it ${new Date(paper.lastVisitedAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}`}
                  </p>
                  <Waiting paper={paper} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
