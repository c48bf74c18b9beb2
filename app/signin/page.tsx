import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { githubSignInAction } from "@/lib/actions/auth";
import { currentUser, githubConfigured } from "@/lib/auth";
import { safeReturnPath } from "@/lib/server/http";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

// Auth.js sends its errors here (?error=Verification for a used or expired link).
const errors: Record<string, string> = {
  Verification: "That sign-in link has expired or has already been used. Enter your address for a new one.",
  OAuthAccountNotLinked: "That GitHub account's address already signs in by email. Sign in by email instead.",
};

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl: rawCallback, error } = await searchParams;
  const callbackUrl = safeReturnPath(rawCallback);
  if (await currentUser()) redirect(callbackUrl);
  const message = error ? (errors[error] ?? "Signing in did not work. Please try again.") : undefined;
  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">
        Sign in to save calculator scenarios, compare them and share them by link. No password: we email you a link.
      </p>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <EmailSignInForm callbackUrl={callbackUrl} />
      {githubConfigured && (
        <form action={githubSignInAction}>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="secondary">
            Sign in with GitHub
          </button>
        </form>
      )}
    </>
  );
}
