"use client";

// The /usage form. Without JavaScript it posts to the API, which answers with the priced rows as CSV; with
// JavaScript it shows the summary here and downloads the CSV on request (the file is sent again: the
// server keeps nothing between the two).
import { useId, useRef, useState } from "react";
import resultStyles from "@/components/ui/result.module.css";
import { formatNumber, formatUsd } from "@/lib/format";
import type { UsageSummary } from "@/lib/usage/price";
import styles from "./usage.module.css";

type Props = { models: { id: string; name: string }[]; maxBytes: number };
type Issue = { param: string; message: string; line?: number; column?: number };
type State =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "error"; message: string; issues: Issue[] }
  | { kind: "done"; format?: string; summary: UsageSummary };

const MAPPED = [
  ["timestamp", "Timestamp"],
  ["model", "Model"],
  ["input", "Input tokens"],
  ["cached", "Cached input tokens"],
  ["write5m", "Cache-write tokens (5-minute)"],
  ["write1h", "Cache-write tokens (1-hour)"],
  ["output", "Output tokens"],
  ["reasoning", "Reasoning tokens"],
  ["provider", "Provider"],
] as const;

const percent = (v: number | null) => (v === null ? "—" : `${formatNumber(v * 100, 1)}%`);

export function UsageForm({ models, maxBytes }: Props) {
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });

  function body(): FormData | string {
    const data = new FormData(form.current!);
    const file = data.get("file");
    if (file instanceof File && file.size > maxBytes)
      return `The file is ${formatNumber(file.size / 1024 / 1024, 1)} MB; the limit is ${maxBytes / 1024 / 1024} MB.`;
    if (file instanceof File && file.size === 0) data.delete("file");
    return data;
  }

  async function send(format: "json" | "csv"): Promise<Response | undefined> {
    const data = body();
    if (typeof data === "string") {
      setState({ kind: "error", message: data, issues: [] });
      return undefined;
    }
    data.set("format", format);
    const response = await fetch("/api/v1/usage", { method: "POST", body: data });
    if (!response.ok) {
      const error = ((await response.json().catch(() => ({}))) as { error?: { message?: string; issues?: Issue[] } })
        .error;
      setState({
        kind: "error",
        message: error?.message ?? `The server answered ${response.status}.`,
        issues: error?.issues ?? [],
      });
      return undefined;
    }
    return response;
  }

  async function price(event: React.FormEvent) {
    event.preventDefault();
    setState({ kind: "working" });
    const response = await send("json");
    if (!response) return;
    const json = (await response.json()) as { format?: string; summary: UsageSummary };
    setState({ kind: "done", format: json.format, summary: json.summary });
  }

  async function download() {
    const response = await send("csv");
    if (!response) return;
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = "priced-usage.csv";
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Your export</h2>
      <form
        ref={form}
        method="post"
        action="/api/v1/usage?format=csv"
        encType="multipart/form-data"
        onSubmit={price}
        className={styles.form}
      >
        <div className="field">
          <label htmlFor={`${uid}-file`}>Upload a file (CSV or JSON Lines, up to {maxBytes / 1024 / 1024} MB)</label>
          <input
            id={`${uid}-file`}
            name="file"
            type="file"
            accept=".csv,.jsonl,.ndjson,.json,.txt,text/csv,application/json"
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-text`}>or paste it</label>
          <textarea
            id={`${uid}-text`}
            name="text"
            rows={6}
            spellCheck={false}
            placeholder={
              "timestamp,model,input_tokens,cached_input_tokens,output_tokens\n2026-11-01T10:00:00Z,openai/gpt-5,12000,8000,900"
            }
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-compare`}>Compare with another model (optional)</label>
          <input
            id={`${uid}-compare`}
            name="compare"
            list={`${uid}-models`}
            autoComplete="off"
            placeholder="anthropic/claude-sonnet-4-5"
          />
          <datalist id={`${uid}-models`}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </datalist>
        </div>
        <details>
          <summary>Map your columns (only when the format is not recognised)</summary>
          <div className={styles.fieldGrid}>
            {MAPPED.map(([field, label]) => (
              <div className="field" key={field}>
                <label htmlFor={`${uid}-map-${field}`}>{label} column</label>
                <input id={`${uid}-map-${field}`} name={`map.${field}`} autoComplete="off" />
              </div>
            ))}
            <div className="field">
              <label htmlFor={`${uid}-input`}>The input column counts</label>
              <select id={`${uid}-input`} name="input" defaultValue="total">
                <option value="total">all input tokens, cached included</option>
                <option value="uncached">uncached input only</option>
              </select>
            </div>
          </div>
        </details>
        <div className="actions">
          <button type="submit">Price it</button>
          <button type="button" className="secondary" onClick={download}>
            Download priced CSV
          </button>
        </div>
      </form>

      <div aria-live="polite" className={styles.results}>
        {state.kind === "working" && <p className="muted">Pricing…</p>}
        {state.kind === "error" && (
          <div role="alert" className="field-error">
            <p>{state.message}</p>
            {state.issues.length > 1 && (
              <ul>
                {state.issues.map((i, n) => (
                  <li key={n}>
                    {i.line !== undefined
                      ? `Line ${i.line}${i.column !== undefined ? `, column ${i.column}` : ""}: `
                      : `${i.param}: `}
                    {i.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {state.kind === "done" && <Summary summary={state.summary} format={state.format} />}
      </div>
    </section>
  );
}

function Summary({ summary: s, format }: { summary: UsageSummary; format?: string }) {
  return (
    <div data-testid="usage-summary">
      <p className={resultStyles.headline}>
        <span className={resultStyles.headlineLabel}>Cost at the prices of each row&apos;s date</span>{" "}
        <output className={resultStyles.headlineValue} data-headline data-output="costUsd">
          {formatUsd(s.costUsd)}
        </output>
      </p>
      <dl className={resultStyles.outputs}>
        <div>
          <dt>Rows priced</dt>
          <dd>
            {formatNumber(s.pricedRows)} of {formatNumber(s.rows)}
            {format ? ` (${format})` : ""}
          </dd>
        </div>
        <div>
          <dt>Without caching</dt>
          <dd>{formatUsd(s.noCacheCostUsd)}</dd>
        </div>
        <div>
          <dt>Share caching saved</dt>
          <dd data-output="cachingSavedShare">{percent(s.cachingSavedShare)}</dd>
        </div>
        {s.compare && (
          <div>
            <dt>Same usage on {s.compare.name}</dt>
            <dd data-output="compareCostUsd">
              {formatUsd(s.compare.costUsd)}
              {s.compare.unpricedRows > 0 ? ` (${formatNumber(s.compare.unpricedRows)} rows it has no price for)` : ""}
            </dd>
          </div>
        )}
      </dl>

      <h3>By token kind</h3>
      <table className={styles.table}>
        <tbody>
          {(
            [
              ["Uncached input", s.tokens.uncachedInput],
              ["Cached input (cache reads)", s.tokens.cachedInput],
              ["Cache writes, 5-minute", s.tokens.cacheWrite5m],
              ["Cache writes, 1-hour", s.tokens.cacheWrite1h],
              ["Output", s.tokens.output],
              ["of which reasoning", s.tokens.reasoning],
            ] as const
          ).map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{formatNumber(n)} tokens</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>By model</h3>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Rows</th>
            <th scope="col">Cost</th>
            <th scope="col">Without caching</th>
          </tr>
        </thead>
        <tbody>
          {s.byModel.map((m) => (
            <tr key={m.model}>
              <th scope="row">{m.model}</th>
              <td>{formatNumber(m.rows)}</td>
              <td>{formatUsd(m.costUsd)}</td>
              <td>{formatUsd(m.noCacheCostUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>By day (UTC)</h3>
      <div className="table-scroll">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Rows</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            {s.byDay.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{formatNumber(d.rows)}</td>
                <td>{formatUsd(d.costUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Rows the price database cannot price</h3>
      {s.unpriced.length === 0 ? (
        <p className="muted">None: every row is priced.</p>
      ) : (
        <ul data-testid="unpriced">
          {s.unpriced.map((u) => (
            <li key={u.line}>
              Line {u.line}: {u.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
