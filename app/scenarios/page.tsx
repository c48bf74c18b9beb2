import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmDelete } from "@/components/scenarios/confirm-delete";
import styles from "@/components/scenarios/scenarios.module.css";
import { duplicateScenarioAction } from "@/lib/actions/scenarios";
import { requireUser } from "@/lib/auth";
import { queryList, queryValues } from "@/lib/search-params";
import { scenarios } from "@/lib/services";
import { SCENARIO_LIMITS } from "@/lib/validations/scenario";

export const metadata: Metadata = { title: "My scenarios", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = {
  deleted: "Scenario deleted.",
  duplicated: "Scenario duplicated.",
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ScenariosPage({ searchParams }: Props) {
  const user = await requireUser("/scenarios");
  const raw = await searchParams;
  const { done, error, compare } = queryValues(raw);
  const list = await scenarios.list(user.id);
  // Back from "Compare selected" with too few or too many ticked: keep the ticks and say why.
  const ticked = new Set(queryList(raw, "ids"));
  const compareProblem =
    compare === "few"
      ? `Comparing sets scenarios side by side, so it needs at least two: ${ticked.size === 1 ? "you ticked one. Tick another" : "tick two or more"} and press “Compare selected” again.`
      : compare === "many"
        ? `You can compare at most ${SCENARIO_LIMITS.compare} scenarios at once; ${ticked.size} are ticked. Untick some and press “Compare selected” again.`
        : undefined;
  return (
    <>
      <h1>My scenarios</h1>
      <p className="lead">
        Calculator inputs you saved, with their results. {list.length} of {SCENARIO_LIMITS.perUser} used.
      </p>
      <div role="status">{done && notices[done] && <p className="form-success">{notices[done]}</p>}</div>
      {error === "limit" && (
        <p className="field-error" role="alert">
          You can keep at most {SCENARIO_LIMITS.perUser} scenarios. Delete some to save new ones.
        </p>
      )}
      {list.length === 0 ? (
        <p>
          Nothing saved yet. Open a <Link href="/calculators">calculator</Link>, set your numbers and choose “Save
          scenario”.
        </p>
      ) : (
        <>
          <form id="compare-form" action="/scenarios/compare" method="get" />
          <div className="table-wrap">
            <table className={`${styles.table} ${styles.list}`}>
              <caption className="visually-hidden">Saved scenarios, most recently changed first</caption>
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">Name</th>
                  <th scope="col">Calculator</th>
                  <th scope="col">Result</th>
                  <th scope="col">Updated (UTC)</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <td data-label="Compare">
                      <input
                        type="checkbox"
                        name="ids"
                        value={s.id}
                        form="compare-form"
                        defaultChecked={ticked.has(s.id)}
                        aria-label={`Compare “${s.name}”`}
                      />
                    </td>
                    <th scope="row">
                      <Link href={`/scenarios/${s.id}`}>{s.name}</Link>
                      {s.shareToken && <span className="muted"> · shared</span>}
                    </th>
                    <td data-label="Calculator">{s.calculatorTitle}</td>
                    <td data-label="Result">
                      {s.headline
                        ? `${s.headline.label}: ${s.headline.value}${s.headline.rate && ` ${s.headline.rate}`}`
                        : "—"}
                    </td>
                    <td data-label="Updated (UTC)">
                      <time dateTime={s.updatedAt.toISOString()}>{dateFormat.format(s.updatedAt)}</time>
                    </td>
                    <td data-label="Actions">
                      <div className="actions">
                        <form action={duplicateScenarioAction}>
                          <input type="hidden" name="id" value={s.id} />
                          <button type="submit" className="secondary" aria-label={`Duplicate “${s.name}”`}>
                            Duplicate
                          </button>
                        </form>
                        <ConfirmDelete id={s.id} name={s.name} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="actions" id="compare">
            <button type="submit" form="compare-form">
              Compare selected
            </button>
            <span className="muted">Tick two to {SCENARIO_LIMITS.compare} scenarios.</span>
          </p>
          {compareProblem && (
            <p className="field-error" role="alert">
              {compareProblem}
            </p>
          )}
        </>
      )}
    </>
  );
}
