import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { perM, tokens } from "@/components/models/format";
import styles from "@/components/models/models.module.css";
import { STANDARD_WORKLOADS, workloadPricer } from "@/lib/calculators/models-listing";
import { getGlossary } from "@/lib/content/load";
import { formatUsd } from "@/lib/format";
import { batchDiscounts } from "@/lib/prices/batch";
import { findModel, listModels } from "@/lib/prices/catalog";
import { conversionNote, CURRENCIES, formatIn, formatRate } from "@/lib/prices/currency";
import {
  modelIdFromPath,
  modelPath,
  modelRow,
  priceHistory,
  sameModelElsewhere,
  SOURCE,
  toRow,
  type ModelRow,
} from "@/lib/prices/model-rows";

type Props = { params: Promise<{ provider: string; model: string[] }> };

// One static page per model of the bundled price database, priced at build time: the data only changes
// with the package version, which needs a new build anyway.
export const dynamicParams = false;
export function generateStaticParams(): { provider: string; model: string[] }[] {
  return listModels().map((m) => {
    const [provider, ...model] = m.id.split("/");
    return { provider: provider!, model };
  });
}

const idOf = async (params: Props["params"]) => {
  const { provider, model } = await params;
  return modelIdFromPath(provider, model);
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = findModel(await idOf(params));
  if (!model) return {};
  return {
    title: `${model.name} (${model.providerName}) API prices`,
    description: `Input, cached-input, cache-write and output prices per million tokens of ${model.name} on ${model.providerName}, and what three typical workloads cost.`,
    alternates: { canonical: modelPath(model.id) },
  };
}

/** Rows of the price table: the class, the row key of its base and tier price, and the term that explains it. */
const CLASSES = [
  { label: "Input", base: "inputPerM", tier: "tierInputPerM", term: "token-pricing" },
  {
    label: "Cached input (cache hit)",
    base: "cacheReadPerM",
    tier: "tierCacheReadPerM",
    term: "prompt-caching",
    fallback: "as input",
  },
  {
    label: "Cache write, 5-minute",
    base: "cacheWrite5mPerM",
    tier: "tierCacheWrite5mPerM",
    term: "prompt-caching",
    fallback: "as input",
  },
  {
    label: "Cache write, 1-hour",
    base: "cacheWrite1hPerM",
    tier: "tierCacheWrite1hPerM",
    term: "prompt-caching",
    fallback: "as a 5-minute write",
  },
  { label: "Output", base: "outputPerM", tier: "tierOutputPerM", term: "token-pricing" },
  {
    label: "Reasoning",
    base: "reasoningPerM",
    tier: "tierReasoningPerM",
    term: "reasoning-tokens",
    fallback: "as output",
  },
] as const satisfies readonly {
  label: string;
  base: keyof ModelRow;
  tier: keyof ModelRow;
  term: string;
  fallback?: string;
}[];

const TERMS = [
  { slug: "token-pricing", why: "why input and output tokens have different prices" },
  { slug: "prompt-caching", why: "cache hits, and what 5-minute and 1-hour cache writes cost" },
  { slug: "long-context-pricing", why: "why a long prompt can reprice the whole request" },
  { slug: "reasoning-tokens", why: "thinking tokens, billed as output" },
  { slug: "batch-api", why: "the discount for requests that can wait" },
  { slug: "context-window", why: "how many tokens one request can hold" },
];

export default async function ModelPage({ params }: Props) {
  const model = findModel(await idOf(params));
  if (!model) notFound();
  const at = new Date();
  const row = modelRow(model.id, at)!;
  const glossary = getGlossary().bySlug;
  const term = (slug: string, text: string) =>
    glossary.has(slug) ? <Link href={`/glossary/${slug}`}>{text}</Link> : text;
  const tier = row.tierAboveInputTokens;
  const batch = batchDiscounts[model.providerId];
  const elsewhere = sameModelElsewhere(model.id).map((m) => toRow(m, at));
  const history = priceHistory(model.id);
  const chatPrice = workloadPricer(STANDARD_WORKLOADS[0].workload, at);
  const cell = (v: number | null, fallback?: string) =>
    v === null ? (fallback ? `billed ${fallback}` : "—") : perM(v);

  return (
    <>
      <p className="eyebrow">
        <Link href="/models">Models</Link> ·{" "}
        <a href={`/models?provider=${encodeURIComponent(model.providerId)}`}>{model.providerName}</a>
      </p>
      <h1>{model.name}</h1>
      <p className="lead">
        {model.deprecated && <strong>Deprecated. </strong>}
        <code>{model.id}</code> on {model.providerName}
        {row.contextWindow !== null && (
          <>
            , {term("context-window", "context window")} {tokens(row.contextWindow)} tokens
          </>
        )}
        .
      </p>

      <section aria-labelledby="prices">
        <h2 id="prices">Prices</h2>
        <p>
          USD per million tokens, in force on {at.toISOString().slice(0, 10)}
          {row.pricesAsOf !== SOURCE.publishedOn && `, under the price rule that started on ${row.pricesAsOf}`}. Source:{" "}
          {SOURCE.package} {SOURCE.version} (data published {SOURCE.publishedOn}).
        </p>
        <div className="table-wrap">
          <table className={styles.prices}>
            <caption className="visually-hidden">Prices of {model.name} per million tokens</caption>
            <thead>
              <tr>
                <th scope="col">Token class</th>
                <th scope="col" className={styles.num}>
                  {tier === null ? "Price" : `Up to ${tokens(tier)} input tokens`}
                </th>
                {tier !== null && (
                  <th scope="col" className={styles.num}>
                    Above {tokens(tier)}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {CLASSES.map((c) => (
                <tr key={c.label}>
                  <th scope="row">{term(c.term, c.label)}</th>
                  <td className={styles.num}>{cell(row[c.base], "fallback" in c ? c.fallback : undefined)}</td>
                  {tier !== null && (
                    <td className={styles.num}>{cell(row[c.tier], "fallback" in c ? c.fallback : undefined)}</td>
                  )}
                </tr>
              ))}
              {row.requestFeeUsd !== null && (
                <tr>
                  <th scope="row">Fee per request</th>
                  <td className={styles.num}>{formatUsd(row.requestFeeUsd)}</td>
                  {tier !== null && <td className={styles.num}>{formatUsd(row.requestFeeUsd)}</td>}
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {tier !== null && (
          <p>
            {term("long-context-pricing", "Long-context tier")}: a request with more than {tokens(tier)} input tokens
            (cached and cache-write tokens included) pays the right-hand prices for all its tokens.
          </p>
        )}
        <p>
          {term("batch-api", "Batch API")}:{" "}
          {batch ? (
            <>
              {model.providerName} takes {batch.discount * 100}% off every token class (
              <a href={batch.source}>source</a>).
            </>
          ) : (
            "no batch discount on record for this provider."
          )}
        </p>
      </section>

      <section aria-labelledby="history">
        <h2 id="history">Price history</h2>
        {history.length > 1 ? (
          <div className="table-wrap">
            <table className={styles.prices}>
              <caption className="visually-hidden">Earlier prices of {model.name} per million tokens</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Input</th>
                  <th scope="col">Cached input</th>
                  <th scope="col">Output</th>
                  <th scope="col">Long-context tier</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {history.map((p, i) => (
                  <tr key={`${p.from}-${i}`}>
                    <th scope="row">{p.from ?? (p.until ? `before ${p.until}` : "current (start not recorded)")}</th>
                    <td className={styles.num}>{cell(p.inputPerM)}</td>
                    <td className={styles.num}>{cell(p.cacheReadPerM)}</td>
                    <td className={styles.num}>{cell(p.outputPerM)}</td>
                    <td>
                      {p.tier
                        ? `above ${tokens(p.tier.aboveInputTokens)} input tokens: ${perM(p.tier.inputPerM)} in, ${perM(p.tier.outputPerM)} out`
                        : "none"}
                    </td>
                    <td>{p.source.url ? <a href={p.source.url}>{p.source.title}</a> : p.source.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>The price database records one price for this model and we hold no earlier dated price for it.</p>
        )}
      </section>

      <section aria-labelledby="workloads">
        <h2 id="workloads">What three typical requests cost</h2>
        <div className="table-wrap">
          <table className={styles.prices}>
            <caption className="visually-hidden">Cost of three standard workloads on {model.name}</caption>
            <thead>
              <tr>
                <th scope="col">Workload</th>
                <th scope="col" className={styles.num}>
                  Per request
                </th>
                <th scope="col" className={styles.num}>
                  Per 1,000 requests
                </th>
              </tr>
            </thead>
            <tbody>
              {STANDARD_WORKLOADS.map((s) => {
                const cost = workloadPricer(s.workload, at)(model.id);
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.label}
                      <span className={styles.id}>{s.description}</span>
                    </th>
                    <td className={styles.num}>{"unpriced" in cost ? cost.unpriced : formatUsd(cost.perRequestUsd)}</td>
                    <td className={styles.num}>{"unpriced" in cost ? "—" : formatUsd(cost.perRequestUsd * 1000)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p>
          Priced by the{" "}
          <Link href={`/calculators/api-cost?model=${encodeURIComponent(model.id)}`}>API cost calculator</Link> with
          this model&apos;s prices, where you can change every figure.
        </p>
        {(() => {
          const perThousand = STANDARD_WORKLOADS.map((s) => workloadPricer(s.workload, at)(model.id));
          if (perThousand.every((c) => "unpriced" in c)) return null;
          const others = CURRENCIES.filter((c) => c !== "USD");
          const { date, source } = conversionNote("EUR")!;
          return (
            <details>
              <summary>Per 1,000 requests in other currencies</summary>
              <div className="table-wrap">
                <table className={styles.prices}>
                  <caption className="visually-hidden">
                    Cost per 1,000 requests of each workload in other currencies
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Workload</th>
                      {others.map((c) => (
                        <th key={c} scope="col" className={styles.num}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {STANDARD_WORKLOADS.map((s, i) => {
                      const cost = perThousand[i]!;
                      return (
                        <tr key={s.id}>
                          <th scope="row">{s.label}</th>
                          {others.map((c) => (
                            <td key={c} className={styles.num}>
                              {"unpriced" in cost ? "—" : formatIn(cost.perRequestUsd * 1000, c)}
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p className="muted">
                Converted from USD at the IMF reference rates of {date} (
                {others.map((c) => `1 USD = ${formatRate(c)} ${c}`).join(", ")}). Source:{" "}
                <a href={source.url}>{source.title}</a>.
              </p>
            </details>
          );
        })()}
      </section>

      {elsewhere.length > 0 && (
        <section aria-labelledby="elsewhere">
          <h2 id="elsewhere">The same model at other providers</h2>
          <p className="muted">
            Matched by model id or name; check the provider&apos;s page for quantisation and limits.
          </p>
          <div className="table-wrap">
            <table className={styles.prices}>
              <caption className="visually-hidden">{model.name} at other providers, per million tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Provider and model</th>
                  <th scope="col" className={styles.num}>
                    Input
                  </th>
                  <th scope="col" className={styles.num}>
                    Cached
                  </th>
                  <th scope="col" className={styles.num}>
                    Output
                  </th>
                  <th scope="col" className={styles.num}>
                    Chat request
                  </th>
                </tr>
              </thead>
              <tbody>
                {elsewhere.map((r) => {
                  const chat = chatPrice(r.id);
                  return (
                    <tr key={r.id}>
                      <th scope="row">
                        <a href={modelPath(r.id)}>
                          {r.providerName}: {r.name}
                        </a>
                        {r.deprecated && " (deprecated)"}
                      </th>
                      <td className={styles.num}>{perM(r.inputPerM)}</td>
                      <td className={styles.num}>{perM(r.cacheReadPerM)}</td>
                      <td className={styles.num}>{perM(r.outputPerM)}</td>
                      <td className={styles.num}>{"unpriced" in chat ? "—" : formatUsd(chat.perRequestUsd)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="terms">
        <h2 id="terms">What these prices mean</h2>
        <ul>
          {TERMS.filter((t) => glossary.has(t.slug)).map((t) => (
            <li key={t.slug}>
              <Link href={`/glossary/${t.slug}`}>{glossary.get(t.slug)!.title}</Link>: {t.why}
            </li>
          ))}
        </ul>
      </section>

      <p className="muted">
        JSON: <a href={`/api/v1${modelPath(model.id)}`}>{`/api/v1${modelPath(model.id)}`}</a> · All models:{" "}
        <Link href="/models">/models</Link>,{" "}
        <a href="/models.csv" download>
          CSV
        </a>
      </p>
    </>
  );
}
