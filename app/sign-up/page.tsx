import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata = { title: "Sign up" };

export default function SignUpPage() {
  return (
    <main className="auth-page">
      <h1>Create an account</h1>
      <SignUpForm />
      <p>
        Already have one? <Link href="/sign-in">Sign in</Link>.
      </p>
    </main>
  );
}
