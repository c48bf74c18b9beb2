import type { Metadata } from "next";
import { SaveScenario } from "@/components/scenarios/save-scenario";
import { requireUser } from "@/lib/auth";
import { headlineOf } from "@/lib/calculators/figures";
import { getCalculator, runCalculator } from "@/lib/economics";
import { queryValues } from "@/lib/search-params";
import { safeReturnPath } from "@/lib/server/http";
import { INPUT_PREFIX } from "@/lib/validations/scenario";

export const metadata: Metadata = { title: "Save scenario", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Finishing a save that started before sign-in in another browser (or when the automatic save did
// not go through): the inputs arrive in the URL and nothing is stored until the reader presses Save.
export default async function NewScenarioPage({ searchParams }: Props) {
  const query = queryValues(await searchParams);
  const one = (name: string) => query[name] ?? "";
  await requireUser(`/scenarios/new?${new URLSearchParams(query)}`);
  const calculator = getCalculator(one("calc"));
  if (!calculator) {
    return (
      <>
        <h1>Save scenario</h1>
        <p className="field-error">This link does not name a calculator, so there is nothing to save.</p>
      </>
    );
  }
  const values = Object.fromEntries(
    Object.entries(query).flatMap(([k, v]) => (k.startsWith(INPUT_PREFIX) ? [[k.slice(INPUT_PREFIX.length), v]] : [])),
  );
  const run = runCalculator(calculator, values);
  const headline = run.ok ? headlineOf(calculator, run.outputs) : undefined;
  return (
    <>
      <h1>Save scenario</h1>
      <p className="lead">
        {calculator.title}
        {headline && (
          <>
            {" · "}
            {headline.label}: <strong>{headline.value}</strong>
            {headline.rate && ` ${headline.rate}`}
          </>
        )}
      </p>
      <p>You are signed in. Press Save to keep these inputs{one("name") ? ` as “${one("name")}”` : ""}.</p>
      <SaveScenario
        calculatorId={calculator.id}
        defaultName={one("name") || calculator.title}
        defaultNote={one("note")}
        values={values}
        returnTo={safeReturnPath(one("returnTo"), `/calculators/${calculator.id}`)}
        open
      />
    </>
  );
}
