import type { Metadata } from "next";
import Link from "next/link";
import { calculators } from "@/lib/economics";

export const metadata: Metadata = {
  title: "Calculators",
  description: "Cost calculators for AI inference: API token cost, self-hosting, GPU memory, decode throughput, MoE, margin and price decline.",
  alternates: { canonical: "/calculators" },
};

export default function CalculatorsPage() {
  return (
    <>
      <h1>Calculators</h1>
      <p className="lead">
        One connected cost model: each calculator runs the same formulas as the JSON API at{" "}
        <code>/api/v1/calculators</code>, shows its assumptions, and keeps its inputs in the link you share.
      </p>
      <div className="card-grid">
        {calculators.map((c) => (
          <article className="term-card" key={c.id}>
            <h2 className="term-card-title">
              <Link href={`/calculators/${c.id}`}>{c.title}</Link>
            </h2>
            <p>{c.description}</p>
          </article>
        ))}
      </div>
    </>
  );
}
