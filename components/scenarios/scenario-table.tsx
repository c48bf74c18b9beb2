import { Fragment } from "react";
import { COMPARE_GROUPS, type CompareRow } from "@/lib/scenario-table";

/** Scenarios as columns, inputs and results as rows; cells that differ from the first column are marked. */
export function ScenarioTable({ columns, rows, caption }: { columns: { id: string; name: string; sub: string }[]; rows: CompareRow[]; caption: string }) {
  const groups = COMPARE_GROUPS.filter((g) => rows.some((r) => r.group === g));
  const marked = columns.length > 1;
  return (
    <div className="table-wrap">
      <table className="scenario-table">
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
                      <td key={columns[i]!.id} className={marked && r.differs[i] ? "differs" : undefined}>
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
  );
}
