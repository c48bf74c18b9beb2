import type { Metadata } from "next";
import Link from "next/link";
import { checkSignInLink } from "@/lib/auth";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> };

// The page the mailed link opens. Opening it uses nothing (mail scanners fetch links); the button posts
// to Auth.js's callback, which uses the single-use token and starts the session.
export default async function VerifyPage({ searchParams }: Props) {
  const { token = "", email = "", callbackUrl = "/scenarios" } = await searchParams;
  const state = await checkSignInLink(email, token);
  if (state !== "valid") {
    return (
      <>
        <h1>{state === "expired" ? "This sign-in link has expired" : "This sign-in link is not valid"}</h1>
        <p className="lead">
          {state === "expired"
            ? "Sign-in links last 24 hours. Ask for a new one."
            : "It may have been used already or copied incompletely. Ask for a new one."}
        </p>
        <p>
          <Link href="/signin">Get a new sign-in link</Link>
        </p>
      </>
    );
  }
  const action = `/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email })}`;
  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">
        Signing in as <strong>{email}</strong>.
      </p>
      <form method="post" action={action}>
        <button type="submit" className="button">
          Sign in
        </button>
      </form>
    </>
  );
}
