import type { Metadata } from "next";
import Link from "next/link";
import card from "@/components/ui/card.module.css";
import { CALCULATOR_GROUPS } from "@/lib/calculators/groups";
import { getCalculator } from "@/lib/economics";
import { calculatorHref } from "@/lib/economics/calculator";

export const metadata: Metadata = {
  title: "Calculators",
  description:
    "Cost calculators for AI inference, by task: plan a deployment, price an API workload or an agent session, size GPUs, cost self-hosting, compare margins and price trends.",
  alternates: { canonical: "/calculators" },
};

export default function CalculatorsPage() {
  return (
    <>
      <h1>Calculators</h1>
      <p className="lead">
        One connected cost model, grouped by the question you come with. Each calculator runs the same formulas as the
        JSON API at <code>/api/v1/calculators</code>, shows its assumptions, and keeps its inputs in the link you share.
      </p>
      {CALCULATOR_GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{group.title}</h2>
          <p className="muted">{group.question}</p>
          <div className={card.grid}>
            {group.calculators.map((id) => {
              const c = getCalculator(id)!;
              return (
                <article className={card.card} key={c.id}>
                  <h3 className={card.title}>
                    <Link href={calculatorHref(c)}>{c.title}</Link>
                  </h3>
                  <p>{c.description}</p>
                </article>
              );
            })}
          </div>
        </section>
      ))}
    </>
  );
}
