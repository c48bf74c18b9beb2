import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConfirmDelete } from "@/components/scenarios/confirm-delete";
import { duplicateScenarioAction } from "@/lib/actions/scenarios";
import { currentUser } from "@/lib/auth";
import { scenarios } from "@/lib/services";
import { SCENARIO_LIMITS } from "@/lib/validations/scenario";

export const metadata: Metadata = { title: "My scenarios", robots: { index: false } };

type Props = { searchParams: Promise<{ done?: string; error?: string }> };

const notices: Record<string, string> = {
  deleted: "Scenario deleted.",
  duplicated: "Scenario duplicated.",
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ScenariosPage({ searchParams }: Props) {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/scenarios");
  const { done, error } = await searchParams;
  const list = await scenarios.list(user.id);
  return (
    <>
      <h1>My scenarios</h1>
      <p className="lead">
        Calculator inputs you saved, with their results. {list.length} of {SCENARIO_LIMITS.perUser} used.
      </p>
      <div role="status">{done && notices[done] && <p className="signup-success">{notices[done]}</p>}</div>
      {error === "limit" && (
        <p className="field-error" role="alert">
          You can keep at most {SCENARIO_LIMITS.perUser} scenarios. Delete some to save new ones.
        </p>
      )}
      {list.length === 0 ? (
        <p>
          Nothing saved yet. Open a <Link href="/calculators">calculator</Link>, set your numbers and choose “Save scenario”.
        </p>
      ) : (
        <>
          <form id="compare-form" action="/scenarios/compare" method="get" />
          <div className="table-wrap">
            <table className="scenario-table">
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
                    <td>
                      <input type="checkbox" name="ids" value={s.id} form="compare-form" aria-label={`Compare “${s.name}”`} />
                    </td>
                    <th scope="row">
                      <Link href={`/scenarios/${s.id}`}>{s.name}</Link>
                      {s.shareToken && <span className="muted"> · shared</span>}
                    </th>
                    <td>{s.calculatorTitle}</td>
                    <td>{s.headline ? `${s.headline.label}: ${s.headline.value}` : "—"}</td>
                    <td>
                      <time dateTime={s.updatedAt.toISOString()}>{dateFormat.format(s.updatedAt)}</time>
                    </td>
                    <td>
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
          <p className="actions">
            <button type="submit" form="compare-form">
              Compare selected
            </button>
            <span className="muted">Tick two or more scenarios.</span>
          </p>
        </>
      )}
    </>
  );
}
