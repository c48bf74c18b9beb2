import type { Metadata } from "next";
import Link from "next/link";
import { newsletter } from "@/lib/services";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; done?: string }> };

// GET shows a button and changes nothing. The form POSTs to this same URL, which proxy.ts hands to
// the one-click route handler (the POST mail clients send per RFC 8058).
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done } = await searchParams;
  if (done) {
    return (
      <>
        <h1>You are unsubscribed</h1>
        <p className="lead">
          We will not send you the newsletter again. Changed your mind? You can sign up again at any time.
        </p>
        <p>
          <Link href="/newsletter">Newsletter page</Link>
        </p>
      </>
    );
  }
  const valid = token ? await newsletter.isValidUnsubscribeToken(token) : false;
  if (!valid) {
    return (
      <>
        <h1>This unsubscribe link is not valid</h1>
        <p className="lead">It may have been copied incompletely. Use the link at the bottom of any newsletter mail.</p>
      </>
    );
  }
  return (
    <>
      <h1>Unsubscribe from the newsletter</h1>
      <p className="lead">Press the button and we will stop sending you the weekly newsletter.</p>
      <form method="post" action={`/newsletter/unsubscribe?token=${encodeURIComponent(token!)}`}>
        <button type="submit" className="button">
          Unsubscribe
        </button>
      </form>
    </>
  );
}
