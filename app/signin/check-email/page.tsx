import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <p className="lead">
        If the address can receive mail, a sign-in link is on its way. Open it on this device and press “Sign in”. The
        link works once and expires in 24 hours.
      </p>
      <p className="muted">Nothing after a few minutes? Look in your spam folder, or ask for a new link.</p>
    </>
  );
}
