import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ScenarioTable } from "@/components/scenarios/scenario-table";
import { requireUser } from "@/lib/auth";
import { compareRows } from "@/lib/scenarios/table";
import { queryList } from "@/lib/search-params";
import { scenarios } from "@/lib/services";
import { SCENARIO_LIMITS } from "@/lib/validations/scenario";

export const metadata: Metadata = { title: "Compare scenarios", robots: { index: false } };

type Props = { searchParams: Promise<{ ids?: string | string[] }> };

export default async function ComparePage({ searchParams }: Props) {
  const ids = [
    ...new Set(
      queryList(await searchParams, "ids")
        .flatMap((v) => v.split(","))
        .filter(Boolean),
    ),
  ];
  const user = await requireUser(`/scenarios/compare?${new URLSearchParams(ids.map((id) => ["ids", id]))}`);
  // Too few or too many ticked: back to the list, which says why and keeps the ticks.
  if (ids.length < 2 || ids.length > SCENARIO_LIMITS.compare) {
    redirect(
      `/scenarios?${new URLSearchParams([["compare", ids.length < 2 ? "few" : "many"], ...ids.map((id) => ["ids", id])])}#compare`,
    );
  }
  const list = await scenarios.getMany(user.id, ids);
  if (!list) notFound();
  return (
    <>
      <p className="eyebrow">
        <Link href="/scenarios">My scenarios</Link>
      </p>
      <h1>Compare scenarios</h1>
      <p className="lead">
        Highlighted cells differ from the first scenario. This page’s address keeps the comparison.
      </p>
      <ScenarioTable
        caption="Inputs and results of the compared scenarios"
        columns={list.map((s) => ({ id: s.id, name: s.name, sub: s.calculatorTitle }))}
        rows={compareRows(list)}
      />
    </>
  );
}
