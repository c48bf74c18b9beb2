"use client";
// A friendly error page: no stack trace, SQL or file path reaches the reader; the digest lets us find
// the server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lead">
        The page could not be shown. Please try again; if it keeps happening, tell us the reference below.
      </p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </>
  );
}
