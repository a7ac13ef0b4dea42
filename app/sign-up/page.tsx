import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpMode } from "@/lib/auth/sign-up";

export const metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string; callbackUrl?: string }> }) {
  const { invite, callbackUrl } = await searchParams;
  const target = typeof callbackUrl === "string" && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const inviteOnly = signUpMode() === "invite";
  return (
    <main className="auth-page">
      <h1>Create an account</h1>
      {inviteOnly && !invite ? (
        <p role="note">Sign-up on this server is by invitation only: open the invite link a group owner sent you.</p>
      ) : (
        <SignUpForm inviteToken={typeof invite === "string" ? invite : undefined} callbackUrl={target} />
      )}
      <p>
        Already have one? <Link href="/sign-in">Sign in</Link>.
      </p>
    </main>
  );
}
