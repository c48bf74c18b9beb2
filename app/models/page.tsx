import type { Metadata } from "next";
import Link from "next/link";
import { ModelTable } from "@/components/models/model-table";
import styles from "@/components/models/models.module.css";
import {
  DEFAULT_REQUESTS,
  listingHref,
  listModelsFor,
  PAGE_SIZE,
  parseListingQuery,
  SORTS,
  type Listing,
  type ListingQuery,
} from "@/lib/calculators/models-listing";
import { listModels } from "@/lib/prices/catalog";
import { conversionNote, CURRENCIES } from "@/lib/prices/currency";
import { SOURCE } from "@/lib/prices/model-rows";

export const metadata: Metadata = {
  title: "API prices of every hosted model",
  description: `Input, cached-input, cache-write and output prices per million tokens of ${listModels().length.toLocaleString("en-US")} hosted models, with long-context tiers, and the cheapest models for your workload.`,
  alternates: { canonical: "/models" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const providers = [...new Map(listModels().map((m) => [m.providerId, m.providerName])).entries()].sort((a, b) =>
  a[1].localeCompare(b[1]),
);

const WORKLOAD_FIELDS = [
  { name: "in", label: "Input tokens", placeholder: "1500" },
  { name: "cached", label: "of them cached", placeholder: "0" },
  { name: "out", label: "Output tokens", placeholder: "400" },
  { name: "requests", label: "Requests per month", placeholder: String(DEFAULT_REQUESTS) },
] as const;

function Pager({ listing, query }: { listing: Listing; query: ListingQuery }) {
  if (listing.pages <= 1) return null;
  const near = [
    ...new Set([
      1,
      listing.page - 2,
      listing.page - 1,
      listing.page,
      listing.page + 1,
      listing.page + 2,
      listing.pages,
    ]),
  ]
    .filter((p) => p >= 1 && p <= listing.pages)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="Pages of current models" className={styles.pager}>
      <ul>
        {listing.page > 1 && (
          <li>
            <a href={listingHref(query, { page: listing.page - 1 })} rel="prev">
              Previous
            </a>
          </li>
        )}
        {near.map((p, i) => (
          <li key={p}>
            {i > 0 && p - near[i - 1]! > 1 && <span aria-hidden="true">… </span>}
            <a
              href={listingHref(query, { page: p })}
              aria-current={p === listing.page ? "page" : undefined}
              aria-label={`Page ${p}`}
            >
              {p}
            </a>
          </li>
        ))}
        {listing.page < listing.pages && (
          <li>
            <a href={listingHref(query, { page: listing.page + 1 })} rel="next">
              Next
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export default async function ModelsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { query, errors } = parseListingQuery(raw);
  const at = new Date();
  const listing = listModelsFor(query, at);
  const given = (name: string) => {
    const v = raw[name];
    return (Array.isArray(v) ? v.at(-1) : v) ?? "";
  };
  const error = (name: keyof typeof errors) =>
    errors[name] ? (
      <span id={`${name}-error`} className="field-error">
        {errors[name]}
      </span>
    ) : null;
  const invalid = (name: keyof typeof errors) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
  const first = (listing.page - 1) * PAGE_SIZE + 1;
  const w = query.workload;
  const note = conversionNote(query.currency);
  const sortLabel = `${SORTS[query.sort].toLowerCase()}, ${query.dir === "asc" ? "lowest" : "highest"} first`;

  return (
    <>
      <h1>API prices of every hosted model</h1>
      <p className="lead">
        {listModels().length.toLocaleString("en-US")} models from {providers.length} providers, in USD per million
        tokens, as in force on {at.toISOString().slice(0, 10)}. Give a workload to rank them by what it costs.
      </p>
      <p className="muted">
        Source: {SOURCE.package} {SOURCE.version} (data published {SOURCE.publishedOn}); a model&apos;s own price date
        is on its page. Download:{" "}
        <a href="/models.csv" download>
          CSV
        </a>
        , <Link href="/api/v1/models">JSON</Link>.
      </p>

      <form method="get" action="/models" className={styles.form}>
        <fieldset>
          <legend>Filter</legend>
          <div className={styles.fields}>
            <label className="field">
              Provider
              <select name="provider" defaultValue={query.provider ?? ""} {...invalid("provider")}>
                <option value="">All providers</option>
                {providers.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
              {error("provider")}
            </label>
            <label className="field">
              Name contains
              <input
                type="search"
                name="q"
                defaultValue={query.q ?? ""}
                placeholder="llama 70b"
                maxLength={100}
                {...invalid("q")}
              />
              {error("q")}
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Workload: tokens per request</legend>
          <div className={styles.fields}>
            {WORKLOAD_FIELDS.map((f) => (
              <label key={f.name} className="field">
                {f.label}
                <input
                  name={f.name}
                  inputMode="numeric"
                  defaultValue={errors[f.name] ? given(f.name) : w ? String(w[f.name]) : given(f.name)}
                  placeholder={f.placeholder}
                  {...invalid(f.name)}
                />
                {error(f.name)}
              </label>
            ))}
            <label className="field">
              Costs in
              <select name="currency" defaultValue={query.currency} {...invalid("currency")}>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
              {error("currency")}
            </label>
          </div>
        </fieldset>
        {query.sort !== "cost" && query.sort !== "provider" && <input type="hidden" name="sort" value={query.sort} />}
        {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
        <div className={styles.actions}>
          <button type="submit" className="button">
            Show models
          </button>
          {(w || query.provider || query.q) && <Link href="/models">Clear</Link>}
          {(errors.sort || errors.dir || errors.page) && (
            <span className="field-error">
              {Object.entries(errors)
                .filter(([k]) => ["sort", "dir", "page"].includes(k))
                .map(([k, m]) => `${k}: ${m}`)
                .join("; ")}
            </span>
          )}
        </div>
      </form>

      <section aria-labelledby="current">
        <h2 id="current">{w ? "Cheapest for your workload" : "Current models"}</h2>
        {w && (
          <p>
            {w.in.toLocaleString("en-US")} input tokens
            {w.cached > 0 && ` (${w.cached.toLocaleString("en-US")} of them cache hits)`} and{" "}
            {w.out.toLocaleString("en-US")} output tokens per request, {w.requests.toLocaleString("en-US")} requests a
            month, priced with the <Link href="/calculators/api-cost">API cost calculator</Link>&apos;s rules
            (long-context tiers apply to the whole request).
            {listing.unpriced > 0 &&
              ` ${listing.unpriced} models that cannot take it (no token price for it, or a context window smaller than the request) are listed last, with no cost.`}
          </p>
        )}
        {w && note && (
          <p className="muted" data-testid="conversion-note">
            Costs are in {query.currency}: {note.text} Source: <a href={note.source.url}>{note.source.title}</a>. Prices
            per 1M tokens stay in USD, as the providers set them.
          </p>
        )}
        <p className="muted">
          {listing.total === 0
            ? "No current model matches."
            : `${first.toLocaleString("en-US")}–${(first + listing.rows.length - 1).toLocaleString("en-US")} of ${listing.total.toLocaleString("en-US")} current models, by ${sortLabel}.`}{" "}
          Prices per 1M tokens; — means no separate price (cache hits and writes are then billed as input).
        </p>
        {listing.rows.length > 0 && (
          <ModelTable
            rows={listing.rows}
            query={query}
            firstRank={first}
            caption={`Current models, page ${listing.page} of ${listing.pages}, by ${sortLabel}`}
          />
        )}
        <Pager listing={listing} query={query} />
      </section>

      {listing.deprecated.length > 0 && (
        <section aria-labelledby="deprecated">
          <h2 id="deprecated">Deprecated models</h2>
          <details>
            <summary>
              {listing.deprecated.length} deprecated {listing.deprecated.length === 1 ? "model" : "models"}, by{" "}
              {sortLabel}
            </summary>
            <ModelTable
              rows={listing.deprecated}
              query={query}
              firstRank={1}
              caption={`Deprecated models, by ${sortLabel}`}
            />
          </details>
        </section>
      )}
    </>
  );
}
