import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { currentActor } from "@/lib/auth/session-actor";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MenuButton } from "@/components/layout/menu-button";
import { PREFERENCES_SCRIPT } from "@/components/layout/preferences";
import { ThemeSelect } from "@/components/layout/theme-select";
import { fontVariables } from "@/styles/fonts";
import "@/styles/fonts-cjk.css";
import "@/styles/globals.css";
import "@/styles/debates.css";
import "@/styles/reports.css";
import "@/styles/dashboard.css";
import "@/styles/responsive.css";

export const metadata: Metadata = {
  title: { default: "Disputatio", template: "%s · Disputatio" },
  description: "Read, annotate and debate papers together.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#221f1c" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  return (
    // The preferences script sets data-theme before hydration: React must not undo it.
    <html lang="en" className={fontVariables} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: PREFERENCES_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Disputatio
          </Link>
          <MenuButton controls="site-menu" />
          <nav aria-label="Account" className="account-nav" id="site-menu">
            {actor.kind === "user" ? (
              <>
                <Link href="/">Papers</Link>
                <Link href="/groups">Groups</Link>
                <Link href="/settings">Settings</Link>
                <ThemeSelect />
                <span className="account-who">
                  <span className="avatar" style={{ background: actor.color }} aria-hidden="true">
                    {actor.name.slice(0, 1)}
                  </span>
                  <span className="account-name">{actor.name}</span>
                </span>
                <SignOutButton />
              </>
            ) : (
              <>
                <ThemeSelect />
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
