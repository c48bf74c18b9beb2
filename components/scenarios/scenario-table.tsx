import { Fragment } from "react";
import styles from "@/components/scenarios/scenarios.module.css";
import { COMPARE_GROUPS, type CompareRow } from "@/lib/scenarios/table";

/**
 * Scenarios as columns, inputs and results as rows; cells that differ from the first column are marked.
 * On a narrow screen the same figures show as one card per scenario (CSS picks one of the two).
 */
export function ScenarioTable({
  columns,
  rows,
  caption,
}: {
  columns: { id: string; name: string; sub: string }[];
  rows: CompareRow[];
  caption: string;
}) {
  const groups = COMPARE_GROUPS.filter((g) => rows.some((r) => r.group === g));
  const marked = columns.length > 1;
  return (
    <>
      <div className={`table-wrap ${styles.compareTable}`}>
        <table className={styles.table} data-testid="scenario-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.name}
                  <br />
                  <span className="muted">{c.sub}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <Fragment key={g}>
                <tr>
                  <th scope="colgroup" colSpan={columns.length + 1}>
                    {g}
                  </th>
                </tr>
                {rows
                  .filter((r) => r.group === g)
                  .map((r) => (
                    <tr key={r.key} data-row={r.key}>
                      <th scope="row">{r.label}</th>
                      {r.cells.map((cell, i) => (
                        <td key={columns[i]!.id} data-differs={marked && r.differs[i] ? "" : undefined}>
                          {cell}
                          {marked && r.differs[i] && <span className="visually-hidden"> (differs from the first)</span>}
                        </td>
                      ))}
                    </tr>
                  ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.cards}>
        {columns.map((c, i) => (
          <section className={styles.card} data-testid="scenario-card" key={c.id} aria-label={c.name}>
            <h2 className={styles.cardTitle}>
              {c.name}
              <span className="muted"> · {c.sub}</span>
            </h2>
            {groups.map((g) => (
              <Fragment key={g}>
                <h3>{g}</h3>
                <dl>
                  {rows
                    .filter((r) => r.group === g)
                    .map((r) => (
                      <div key={r.key} data-row={r.key} data-differs={marked && r.differs[i] ? "" : undefined}>
                        <dt>{r.label}</dt>
                        <dd>
                          {r.cells[i]}
                          {marked && r.differs[i] && <span className="visually-hidden"> (differs from the first)</span>}
                        </dd>
                      </div>
                    ))}
                </dl>
              </Fragment>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
