import Link from "next/link";
import { DomainError } from "@/lib/documents/errors";
import { describeUnsubscribe, type UnsubscribeDTO } from "@/lib/mail";

export const dynamic = "force-dynamic";
export const metadata = { title: "Unsubscribe", robots: { index: false } };

/** The page an unsubscribe link opens, signed in or not: one button, which works without JavaScript. */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let found: UnsubscribeDTO | null = null;
  try {
    found = await describeUnsubscribe(token);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  if (!found) {
    return (
      <main className="auth-page unsubscribe-page">
        <h1>This unsubscribe link is not valid</h1>
        <p className="lede">
          Check that you opened the whole link from the e-mail, or change your e-mail settings in <Link href="/settings#mail">Settings</Link>.
        </p>
      </main>
    );
  }
  const what = found.groupName ? `the digest of “${found.groupName}”` : `e-mails about ${found.label.toLowerCase()}`;
  return (
    <main className="auth-page unsubscribe-page">
      <h1>{found.done ? "Unsubscribed" : "Unsubscribe"}</h1>
      {found.done ? (
        <p role="status" className="notice">
          You will no longer receive {what}. Turn it back on at any time in <Link href="/settings#mail">Settings</Link>.
        </p>
      ) : (
        <>
          <p className="lede">Stop receiving {what}? Other e-mails are not affected.</p>
          <form method="post" action={`/api/mail/unsubscribe/${encodeURIComponent(token)}`}>
            <button className="button" type="submit">
              Unsubscribe
            </button>
          </form>
        </>
      )}
    </main>
  );
}
