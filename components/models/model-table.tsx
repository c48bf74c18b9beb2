import { listingHref, SORTS, type ListedRow, type ListingQuery, type SortKey } from "@/lib/calculators/models-listing";
import { formatIn } from "@/lib/prices/currency";
import { modelPath } from "@/lib/prices/model-rows";
import { perM, tokensShort } from "./format";
import styles from "./models.module.css";

function SortHeader({
  query,
  sort,
  children,
  numeric,
}: {
  query: ListingQuery;
  sort: SortKey;
  children: React.ReactNode;
  numeric?: boolean;
}) {
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      className={numeric ? styles.num : undefined}
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <a
        href={listingHref(query, { sort, dir, page: 1 })}
        title={`Sort by ${SORTS[sort].toLowerCase()}, ${dir === "asc" ? "lowest" : "highest"} first`}
      >
        {children}
        {active ? (query.dir === "asc" ? " ↑" : " ↓") : ""}
      </a>
    </th>
  );
}

// Plain links, not next/link: a hundred of them would each prefetch a page rendered per request.

/** The models of one listing page; with a workload, its cost per request and per month, ranked. */
export function ModelTable({
  rows,
  query,
  caption,
  firstRank,
}: {
  rows: ListedRow[];
  query: ListingQuery;
  caption: string;
  firstRank: number;
}) {
  const workload = query.workload;
  return (
    <div className={`table-wrap ${styles.wrap}`} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {workload && (
              <th scope="col" className={styles.num}>
                #
              </th>
            )}
            <SortHeader query={query} sort="provider">
              Provider
            </SortHeader>
            <SortHeader query={query} sort="model">
              Model
            </SortHeader>
            <SortHeader query={query} sort="context" numeric>
              Context
            </SortHeader>
            <SortHeader query={query} sort="input" numeric>
              Input
            </SortHeader>
            <SortHeader query={query} sort="cached" numeric>
              Cached
            </SortHeader>
            <SortHeader query={query} sort="write" numeric>
              Cache write 5m / 1h
            </SortHeader>
            <SortHeader query={query} sort="output" numeric>
              Output
            </SortHeader>
            <SortHeader query={query} sort="tier" numeric>
              Tier above
            </SortHeader>
            {workload && (
              <>
                <th scope="col" className={styles.num}>
                  Per request{query.currency !== "USD" && ` (${query.currency})`}
                </th>
                <SortHeader query={query} sort="cost" numeric>
                  Per month{query.currency !== "USD" && ` (${query.currency})`}
                </SortHeader>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id}>
              {workload && <td className={styles.num}>{r.cost ? firstRank + i : ""}</td>}
              <td>{r.providerName}</td>
              <th scope="row" className={styles.model}>
                <a href={modelPath(r.id)}>{r.name}</a>
                {r.name !== r.model && <span className={styles.id}>{r.model}</span>}
              </th>
              <td className={styles.num}>{tokensShort(r.contextWindow)}</td>
              <td className={styles.num}>{perM(r.inputPerM)}</td>
              <td className={styles.num}>{perM(r.cacheReadPerM)}</td>
              <td className={styles.num}>
                {r.cacheWrite5mPerM === null && r.cacheWrite1hPerM === null
                  ? "—"
                  : `${perM(r.cacheWrite5mPerM)} / ${perM(r.cacheWrite1hPerM)}`}
              </td>
              <td className={styles.num}>{perM(r.outputPerM)}</td>
              <td className={styles.num}>
                {r.tierAboveInputTokens === null ? "—" : `>${tokensShort(r.tierAboveInputTokens)}`}
              </td>
              {workload && (
                <>
                  <td className={styles.num}>
                    {r.cost ? formatIn(r.cost.perRequestUsd, query.currency) : "no token price"}
                  </td>
                  <td className={styles.num} data-cost-month={r.cost?.perMonthUsd}>
                    {r.cost ? formatIn(r.cost.perMonthUsd, query.currency) : "—"}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
