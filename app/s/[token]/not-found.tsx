import Link from "next/link";

// A shared link whose owner stopped sharing (or one copied incompletely): say that, not "no such term".
export default function SharedScenarioNotFound() {
  return (
    <>
      <h1>This shared link no longer works</h1>
      <p className="lead">
        Its owner withdrew it, or the link was copied incompletely. Ask whoever sent it for a new one.
      </p>
      <p>
        Meanwhile, try the <Link href="/calculators">calculators</Link> yourself.
      </p>
    </>
  );
}
