import type { Metadata } from "next";
import Link from "next/link";
import { currentActor } from "@/lib/auth/session-actor";
import { SignOutButton } from "@/components/auth/sign-out-button";
import "@/styles/globals.css";
import "@/styles/debates.css";
import "@/styles/reports.css";
import "@/styles/dashboard.css";

export const metadata: Metadata = {
  title: { default: "Disputatio", template: "%s · Disputatio" },
  description: "Read, annotate and debate papers together.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Disputatio
          </Link>
          <nav aria-label="Account" className="account-nav">
            {actor.kind === "user" ? (
              <>
                <Link href="/">Papers</Link>
                <Link href="/groups">Groups</Link>
                <Link href="/settings">Settings</Link>
                <span className="avatar" style={{ background: actor.color }} aria-hidden="true">
                  {actor.name.slice(0, 1)}
                </span>
                <span className="account-name">{actor.name}</span>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/sign-in">Sign in</Link>
                <Link href="/sign-up" className="button button-quiet">
                  Sign up
                </Link>
              </>
            )}
          </nav>
        </header>
        <div id="main">{children}</div>
      </body>
    </html>
  );
}
