import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address. The term may have a different name.</p>
      <p>
        <Link href="/glossary">Browse the glossary A to Z</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </>
  );
}
