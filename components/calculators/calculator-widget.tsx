"use client";

// A live calculator: a GET form that works without JavaScript (it submits to /calculators/<id>, which
// renders the result on the server) and, with JavaScript, recomputes on every edit and keeps the
// inputs in the page URL so a copied link reproduces the result. It knows no calculator by name: each
// calculator's own entry (components/calculators/widgets/<id>.tsx) passes its definition and chart, so a
// page ships only the calculator it shows.
import { usePathname } from "next/navigation";
import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ComponentType } from "react";
import { SaveScenario } from "@/components/scenarios/save-scenario";
import resultStyles from "@/components/ui/result.module.css";
import { fieldApplies, type FieldSpec } from "@/lib/calculators/fields";
import { handoffLinks, type HandoffTarget } from "@/lib/calculators/handoffs";
import { optionValues, type Picker, type PickerOption } from "@/lib/calculators/pickers";
import {
  runCalculator,
  type Calculator,
  type OutputMeta,
  type Outputs,
  type TableRow,
} from "@/lib/economics/calculator";
import { formatValue, moneyRate } from "@/lib/format";
import styles from "./calculator.module.css";

/** What a calculator's chart draws from: the form's values and the outputs computed from them. */
export type ChartProps = { values: Record<string, string>; outputs: Outputs };

/** The widget's data, resolved on the server (lib/calculators/server.ts): plain JSON, passed from a server page. */
export type WidgetProps = {
  id: string;
  fields: FieldSpec[];
  initial: Record<string, string>;
  pickers: Picker[];
  /** Embedded in a term page: URL state is namespaced by ?calc=<id>. */
  embedded?: boolean;
  /** Titles of the glossary terms the input labels link to. */
  termTitles: Record<string, string>;
  /** Options the page's query already chose (?model=, ?gpu=), by picker param. */
  chosen?: Record<string, string>;
  /** Calculators this result can be handed to ("Use this in…"). */
  handoffs?: HandoffTarget[];
};

type Props = WidgetProps & {
  /** The calculator's definition; its compute runs on every edit. */
  calculator: Pick<Calculator<never, never>, "title" | "description" | "headline" | "formula" | "assumptions"> & {
    outputs: object;
    input: Calculator["input"];
    compute: (input: never) => Outputs;
  };
  /** The chart that says more than the numbers, if the calculator has one. */
  Chart?: ComponentType<ChartProps>;
};

const CALC_PARAM = "calc";

/** Picker choices the URL keeps (?model=, ?gpu=): the server resolves them; an architecture pick only fills fields. */
const urlChoices = (chosen: Record<string, string>) =>
  Object.entries(chosen).filter(([param, v]) => param !== "arch" && v !== "");

/** "Token pricing" -> "token pricing"; acronyms ("MFU …", "KV cache") keep their capitals. */
const sentenceCase = (title: string) => (/^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title);

function optionTag(o: PickerOption) {
  return (
    <option key={o.id} value={o.id}>
      {o.name}
      {o.asOf ? ` (as of ${o.asOf})` : ""}
    </option>
  );
}

/** The "per 1M tokens" of a money result, beside the figure and outside its <output>. */
function Rate({ unit, value }: { unit: string; value: unknown }) {
  const rate = typeof value === "number" ? moneyRate(unit) : "";
  return rate ? <span className="unit"> {rate}</span> : null;
}

export function CalculatorWidget({
  calculator,
  Chart,
  id,
  fields,
  initial,
  pickers,
  embedded = false,
  termTitles,
  chosen: chosenByQuery,
  handoffs = [],
}: Props) {
  const [values, setValues] = useState(initial);
  const [copied, setCopied] = useState(false);
  /** The option chosen in each picker, so a field its values depend on can refill them. */
  const [chosen, setChosen] = useState<Record<string, string>>(chosenByQuery ?? {});
  const uid = useId();
  // Marks the widget live once hydrated: its code loads on demand, possibly after the rest of the page.
  const section = useRef<HTMLElement>(null);
  useEffect(() => section.current?.setAttribute("data-live", ""), []);

  const outputsMeta = calculator.outputs as Record<string, OutputMeta>;
  const result = useMemo(() => runCalculator(calculator, values), [calculator, values]);
  // The headline and the figures beside it follow every edit at once; the chart and the tables (a 50-turn
  // session's two tables hold some 900 cells) follow in a background render that the next edit interrupts.
  const latest = useMemo(() => ({ values, outputs: result.ok ? result.outputs : undefined }), [values, result]);
  const shown = useDeferredValue(latest);

  // An embedded widget picks up its state from the URL after a reload of a copied link.
  useEffect(() => {
    if (!embedded) return;
    const params = new URLSearchParams(window.location.search);
    if (params.get(CALC_PARAM) !== id) return;
    const fromUrl: Record<string, string> = {};
    for (const f of fields) {
      const v = params.get(f.name);
      if (v !== null) fromUrl[f.name] = v;
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time read of the URL after hydration
    setValues((v) => ({ ...v, ...fromUrl }));
  }, [embedded, fields, id]);

  const query = useMemo(() => {
    const params = new URLSearchParams(urlChoices(chosen));
    for (const f of fields)
      if (values[f.name] !== "" && values[f.name] !== undefined) params.set(f.name, values[f.name]!);
    return params;
  }, [fields, values, chosen]);
  const standaloneHref = `/calculators/${id}?${query.toString()}`;
  const pathname = usePathname();
  // After a sign-in, the reader comes back here with these inputs.
  const returnTo = embedded
    ? `${pathname}?${new URLSearchParams([[CALC_PARAM, id], ...query])}#calculator-${id}`
    : standaloneHref;

  function update(next: Record<string, string>, nextChosen: Record<string, string> = chosen) {
    setValues(next);
    setCopied(false);
    const params = new URLSearchParams(embedded ? window.location.search : "");
    if (embedded) {
      for (const f of fields) params.delete(f.name);
      for (const p of pickers) params.delete(p.param);
      params.set(CALC_PARAM, id);
    }
    for (const [param, v] of urlChoices(nextChosen)) params.set(param, v);
    for (const f of fields) if (next[f.name]) params.set(f.name, next[f.name]!);
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}?${params.toString()}${window.location.hash}`,
    );
  }

  /**
   * One field edited. A chosen option whose values depend on that field (a GPU's price on the price tier,
   * its peak TFLOPS on the weight precision) fills them again for the new value.
   */
  function updateField(name: string, value: string) {
    const next = { ...values, [name]: value };
    for (const picker of pickers) {
      const option = picker.options.find((o) => o.id === chosen[picker.param]);
      const variants =
        option?.variants === undefined ? [] : Array.isArray(option.variants) ? option.variants : [option.variants];
      for (const v of variants) {
        if (v.field === name) for (const [k, x] of Object.entries(v.values[value] ?? {})) next[k] = String(x);
      }
    }
    update(next);
  }

  function applyPicker(picker: Picker, optionId: string) {
    const option = picker.options.find((o) => o.id === optionId);
    if (!option) {
      // "Choose…" again: the fields keep their values, and the link no longer names a choice.
      const rest = Object.fromEntries(Object.entries(chosen).filter(([param]) => param !== picker.param));
      setChosen(rest);
      update(values, rest);
      return;
    }
    const nextChosen = { ...chosen, [picker.param]: optionId };
    setChosen(nextChosen);
    const filled = Object.fromEntries(Object.entries(optionValues(option, values)).map(([k, v]) => [k, String(v)]));
    update({ ...values, ...filled }, nextChosen);
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const issueFor = (name: string) => (result.ok ? undefined : result.issues.find((i) => i.param === name)?.message);
  const headline = outputsMeta[calculator.headline]!;
  // Embedded under a term's h2 section; on its own page right under the h1.
  const Heading = embedded ? "h3" : "h2";

  return (
    <section
      ref={section}
      className={styles.calculator}
      data-calculator={id}
      id={embedded ? `calculator-${id}` : undefined}
      aria-labelledby={`${uid}-title`}
    >
      <Heading id={`${uid}-title`} className={embedded ? styles.title : "visually-hidden"}>
        {calculator.title}
      </Heading>
      {embedded && <p className="muted">{calculator.description}</p>}
      <form
        method="get"
        action={`/calculators/${id}`}
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          update(values);
        }}
      >
        {pickers.map((picker) => (
          <div className={`field ${styles.picker}`} key={picker.param}>
            <label htmlFor={`${uid}-${picker.param}`}>{picker.label}</label>
            <select
              id={`${uid}-${picker.param}`}
              // Shows the option the inputs came from (a shared link says which model and GPU it used).
              value={chosen[picker.param] ?? ""}
              onChange={(e) => applyPicker(picker, e.target.value)}
              // Not submitted: choosing fills the fields below, which are.
              name={undefined}
            >
              <option value="">Choose to fill the fields…</option>
              {picker.options.filter((o) => !o.historical).map(optionTag)}
              {picker.options.some((o) => o.historical) && (
                <optgroup label="Past prices (dated, not current)">
                  {picker.options.filter((o) => o.historical).map(optionTag)}
                </optgroup>
              )}
            </select>
          </div>
        ))}
        <div className={styles.fieldGrid}>
          {fields.map((f) => {
            if (f.hidden) return <input key={f.name} type="hidden" name={f.name} value={values[f.name] ?? ""} />;
            const inputId = `${uid}-${f.name}`;
            const error = issueFor(f.name);
            const describedBy = [f.description ? `${inputId}-help` : "", error ? `${inputId}-error` : ""]
              .filter(Boolean)
              .join(" ");
            // A field that does not apply (the MLA fields under gqa) stays in the form, hidden, so its value
            // survives a switch back and a submit without JavaScript.
            return (
              <div className="field" key={f.name} hidden={!fieldApplies(f, values)}>
                <label htmlFor={inputId}>
                  {f.label} {f.unit && <span className="unit">({f.unit})</span>}
                </label>
                {f.term && (
                  <a className={styles.termHint} href={`/glossary/${f.term}`}>
                    What is {sentenceCase(termTitles[f.term] ?? f.term)}?
                  </a>
                )}
                {f.kind === "enum" ? (
                  <select
                    id={inputId}
                    name={f.name}
                    value={values[f.name] ?? ""}
                    onChange={(e) => updateField(f.name, e.target.value)}
                  >
                    {f.options?.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={inputId}
                    name={f.name}
                    type="text"
                    inputMode={f.kind === "list" ? "text" : "decimal"}
                    autoComplete="off"
                    value={values[f.name] ?? ""}
                    placeholder={f.optional ? "optional" : undefined}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy || undefined}
                    onChange={(e) => updateField(f.name, e.target.value)}
                  />
                )}
                {f.description && (
                  <small id={`${inputId}-help`} className="help">
                    {f.description}
                  </small>
                )}
                {error && (
                  <small id={`${inputId}-error`} className="field-error">
                    {error}
                  </small>
                )}
              </div>
            );
          })}
        </div>
        <div className="actions">
          <button type="submit">Calculate</button>
          <button type="button" onClick={copyLink} className="secondary">
            Copy link
          </button>
          {embedded && <a href={standaloneHref}>Open on its own page</a>}
          <span role="status" className="muted">
            {copied ? "Link copied." : ""}
          </span>
        </div>
      </form>

      {/* The headline once, sticky at the bottom of a narrow screen while the inputs above are edited. */}
      <div className={styles.summary} aria-live="polite">
        {result.ok ? (
          <p className={resultStyles.headline}>
            <span className={resultStyles.headlineLabel} data-headline-label>
              {headline.label}
            </span>{" "}
            <output className={resultStyles.headlineValue} data-headline data-output={calculator.headline}>
              {formatValue(result.outputs[calculator.headline] ?? null, headline.unit)}
            </output>
            <Rate unit={headline.unit} value={result.outputs[calculator.headline]} />
          </p>
        ) : (
          <p className="field-error" role="alert">
            Fix the highlighted {result.issues.length === 1 ? "input" : "inputs"} to see the result.
          </p>
        )}
      </div>

      {result.ok && (
        <div className={styles.results} aria-busy={shown !== latest || undefined}>
          <dl className={resultStyles.outputs} data-outputs>
            {Object.entries(outputsMeta)
              .filter(([name, meta]) => name !== calculator.headline && !meta.columns)
              .map(([name, meta]) => (
                <div key={name}>
                  <dt>{meta.label}</dt>
                  <dd>
                    <span data-output={name}>{formatValue(result.outputs[name] ?? null, meta.unit)}</span>
                    <Rate unit={meta.unit} value={result.outputs[name]} />
                  </dd>
                </div>
              ))}
          </dl>
          {shown.outputs && (
            <ChartAndTables Chart={Chart} outputsMeta={outputsMeta} outputs={shown.outputs} values={shown.values} />
          )}
          {handoffs.length > 0 && (
            <Handoffs links={handoffLinks(id, { inputs: result.input, outputs: result.outputs, chosen }, handoffs)} />
          )}
        </div>
      )}

      <SaveScenario
        calculatorId={id}
        defaultName={calculator.title}
        values={Object.fromEntries(query)}
        returnTo={returnTo}
      />

      <details className={styles.method}>
        <summary>Formula and assumptions</summary>
        <pre className={styles.formula}>{calculator.formula.join("\n")}</pre>
        <ul>
          {calculator.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** "Use this in…": the result carried into the next calculator, or why it cannot be. */
function Handoffs({ links }: { links: ReturnType<typeof handoffLinks> }) {
  return (
    <nav className={styles.handoffs} aria-label="Use this result in another calculator">
      <p className={styles.handoffsTitle}>Use this in…</p>
      <ul>
        {links.map((l) => (
          <li key={l.to} data-handoff={l.to}>
            {"href" in l ? <a href={l.href}>{l.title}</a> : <span>{l.title}</span>}{" "}
            <span className="muted">
              {"href" in l ? `carries ${l.carries}.` : `cannot take this result: ${l.reason}.`}
              {"href" in l && l.note ? ` ${l.note}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The chart and the table outputs of a result, rendered from the deferred result: memo keeps the urgent render
 * of each edit from redrawing them with the previous figures. While they lag behind the headline, the results
 * are marked busy.
 */
const ChartAndTables = memo(function ChartAndTables({
  Chart,
  outputsMeta,
  outputs,
  values,
}: {
  Chart: ComponentType<ChartProps> | undefined;
  outputsMeta: Record<string, OutputMeta>;
  outputs: Outputs;
  values: Record<string, string>;
}) {
  return (
    <>
      {Chart && <Chart outputs={outputs} values={values} />}
      {Object.entries(outputsMeta).map(([name, meta]) => {
        const rows = outputs[name];
        return meta.columns && Array.isArray(rows) ? (
          <OutputTable key={name} name={name} meta={meta} columns={meta.columns} rows={rows} />
        ) : null;
      })}
    </>
  );
});

/** A table output: one row per item (an agent session's turns), a row with a note is flagged. */
function OutputTable({
  name,
  meta,
  columns,
  rows,
}: {
  name: string;
  meta: OutputMeta;
  columns: NonNullable<OutputMeta["columns"]>;
  rows: TableRow[];
}) {
  return (
    <div className={styles.outputTable} data-output={name}>
      <table>
        <caption>{meta.label}</caption>
        <thead>
          <tr>
            {Object.entries(columns).map(([key, c]) => (
              <th key={key} scope="col">
                {c.label}
                {c.unit && c.unit !== "USD" ? ` (${c.unit})` : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, n) => (
            <tr key={n} data-flagged={row.note ? true : undefined}>
              {Object.entries(columns).map(([key, c]) => {
                const cell = row[key] ?? null;
                return (
                  <td key={key} data-column={key}>
                    {typeof cell === "number" && c.unit && c.unit !== "USD"
                      ? formatValue(cell, "")
                      : formatValue(cell, c.unit)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {meta.description && <p className="muted">{meta.description}</p>}
    </div>
  );
}
