import type { Metadata } from "next";
import Link from "next/link";
import { confirmSubscriptionAction } from "@/lib/actions/newsletter";
import { newsletter } from "@/lib/services";

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; done?: string; error?: string }> };

// Opening the link changes nothing (mail scanners prefetch links); the button's POST confirms.
export default async function ConfirmPage({ searchParams }: Props) {
  const { token, done, error } = await searchParams;
  if (done) {
    return (
      <>
        <h1>You are subscribed</h1>
        {/* data-subscribed: the footer's signup box is not shown here (components/site-footer.module.css). */}
        <p className="lead" data-subscribed="">
          Thank you. A welcome mail is on its way; the first issue arrives on Friday.
        </p>
        <p>
          <Link href="/glossary">Browse the glossary</Link> meanwhile.
        </p>
      </>
    );
  }
  const state =
    error === "expired" || error === "invalid" ? error : token ? await newsletter.checkConfirmToken(token) : "invalid";
  if (state !== "valid") {
    return (
      <>
        <h1>{state === "expired" ? "This link has expired" : "This link is not valid"}</h1>
        <p className="lead">
          {state === "expired"
            ? "Confirmation links last 48 hours. Sign up again and we will send a new one."
            : "It may have been used already or copied incompletely. If you are not subscribed yet, sign up again."}
        </p>
        <p>
          <Link href="/newsletter">Go to the newsletter page</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Confirm your subscription</h1>
      <p className="lead">One more step: press the button to start receiving the weekly newsletter.</p>
      <form action={confirmSubscriptionAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          Confirm subscription
        </button>
      </form>
    </>
  );
}
