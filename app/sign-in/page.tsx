import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never redirect to another origin after sign-in.
  const target = typeof callbackUrl === "string" && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="auth-page">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={target} />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>.
      </p>
    </main>
  );
}
