// The site's charts, rendered on the server (and inside the calculator widgets as they update).
// Lines and shapes are SVG drawn in a 0–100 box stretched to the plot (strokes do not scale); every
// text and point is HTML placed in percent over it, so labels keep their CSS size at any width.
// Each chart carries its data as a visually hidden table for screen readers.
import { scaleLinear } from "d3-scale";
import { curveLinear, curveStepAfter, line } from "d3-shape";
import type { ReactNode } from "react";
import type { Axis } from "@/lib/charts/axes";
import { ChartTouch } from "./chart-touch";
import styles from "./charts.module.css";

/** Series colours (1–5), plus neutral, bad and the orange highlight mark. */
export type Tone = 1 | 2 | 3 | 4 | 5 | "neutral" | "bad" | "mark";
export type Shape = "circle" | "square" | "diamond" | "triangle";

const toneClass = (tone: Tone) => styles[`tone-${tone}`];

export type Datum = { x: number; y: number; /** What the point is, e.g. "GPT-4o (OpenAI)". */ name?: string };

export type Series = {
  label: string;
  tone: Tone;
  /** line: a polyline; step: a step after each point (tariffs, fleets); points: focusable dots. */
  kind: "line" | "step" | "points";
  points: Datum[];
  shape?: Shape;
  /** Shown in the legend (default true). */
  legend?: boolean;
  /** Listed in the data table (default true); off for a curve whose key points are a series of their own. */
  table?: boolean;
};

const pct = (v: number) => `${Math.round(v * 100) / 100}%`;

/** The x axis under a chart: its ticks and its label (the screen reader reads the data table instead). */
function XAxis({ axis }: { axis: Axis }) {
  return (
    <>
      <div className={styles.xTicks} aria-hidden="true">
        {axis.ticks.map((t) => (
          <span key={t.at} style={{ left: pct(axis.position(t.at)) }}>
            {t.label}
          </span>
        ))}
      </div>
      <p className={styles.xLabel} aria-hidden="true">
        {axis.label}
      </p>
    </>
  );
}

function Legend({ items }: { items: { label: string; tone: Tone; shape?: Shape; kind?: Series["kind"] }[] }) {
  if (items.length === 0) return null;
  return (
    <ul className={styles.legend}>
      {items.map((s) => (
        <li key={s.label}>
          <span
            className={`${styles.swatch} ${toneClass(s.tone)} ${s.kind === "points" ? styles[`shape-${s.shape ?? "circle"}`] : s.kind ? styles.lineSwatch : ""}`}
            aria-hidden="true"
          />{" "}
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** Lines, step lines and focusable points on two axes (linear, log or time), with a data table. */
export function XYChart({
  title,
  x,
  y,
  series,
  note,
}: {
  title: string;
  x: Axis;
  y: Axis;
  series: Series[];
  /** A line under the chart, e.g. the data's date and source. */
  note?: ReactNode;
}) {
  const visible = series.map((s) => ({
    ...s,
    points: s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
  }));
  // Plot coordinates: x and y in percent of the plot, y measured from the top.
  const px = (d: Datum) => x.position(d.x);
  const py = (d: Datum) => 100 - y.position(d.y);
  const path = (s: Series) =>
    line<Datum>()
      .x(px)
      .y(py)
      .curve(s.kind === "step" ? curveStepAfter : curveLinear)(s.points) ?? "";
  // A point's title: its name, with the series when neither already says the other ("GPT-4o (OpenAI)").
  const suffix = (s: Series, d: Datum) =>
    d.name && !s.label.includes(d.name) && !d.name.includes(s.label) ? ` (${s.label})` : "";
  const describe = (s: Series, d: Datum) => `${d.name ?? s.label}${suffix(s, d)}: ${x.format(d.x)}, ${y.format(d.y)}`;
  const named = visible.some((s) => s.points.some((p) => p.name));
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.title}>{title}</figcaption>
      <p className={styles.yLabel} aria-hidden="true">
        {y.label}
      </p>
      <div className={styles.grid}>
        <div className={styles.yTicks} aria-hidden="true">
          {y.ticks.map((t) => (
            <span key={t.at} style={{ top: pct(100 - y.position(t.at)) }}>
              {t.label}
            </span>
          ))}
        </div>
        <div className={styles.plot}>
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            {y.ticks.map((t) => (
              <line
                key={`y${t.at}`}
                x1={0}
                x2={100}
                y1={100 - y.position(t.at)}
                y2={100 - y.position(t.at)}
                className={styles.gridline}
              />
            ))}
            {x.ticks.map((t) => (
              <line
                key={`x${t.at}`}
                y1={0}
                y2={100}
                x1={x.position(t.at)}
                x2={x.position(t.at)}
                className={styles.gridline}
              />
            ))}
            <line x1={0} y1={100} x2={100} y2={100} className={styles.axis} />
            <line x1={0} y1={0} x2={0} y2={100} className={styles.axis} />
            {visible
              .filter((s) => s.kind !== "points")
              .map((s, si) => (
                <path key={si} d={path(s)} className={`${styles.line} ${toneClass(s.tone)}`} />
              ))}
          </svg>
          {visible
            .filter((s) => s.kind === "points")
            .flatMap((s, si) =>
              s.points.map((d, i) => {
                const [left, top] = [px(d), py(d)];
                // A 14rem tooltip centred on a point between 25% and 75% stays on a 360px screen; nearer
                // an edge it opens away from it.
                const place = [
                  left > 75 ? styles.tipLeft : left < 25 ? styles.tipRight : "",
                  top < 30 ? styles.tipBelow : "",
                ].join(" ");
                return (
                  <span
                    key={`${si}-${i}`}
                    className={`${styles.point} ${place}`}
                    style={{ left: pct(left), top: pct(top) }}
                    tabIndex={0}
                    role="img"
                    aria-label={describe(s, d)}
                    data-chart-point=""
                  >
                    <span className={`${styles.dot} ${toneClass(s.tone)} ${styles[`shape-${s.shape ?? "circle"}`]}`} />
                    <span className={styles.tip} aria-hidden="true">
                      <strong>{d.name ?? s.label}</strong>
                      {suffix(s, d)}
                      <br />
                      {x.format(d.x)}, {y.format(d.y)}
                    </span>
                  </span>
                );
              }),
            )}
        </div>
        <XAxis axis={x} />
      </div>
      <Legend items={visible.filter((s) => s.legend !== false)} />
      {note && <p className={styles.note}>{note}</p>}
      {/* In a hidden box: a table ignores width: 1px and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}: data</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              {named && <th scope="col">Point</th>}
              <th scope="col">{x.label}</th>
              <th scope="col">{y.label}</th>
            </tr>
          </thead>
          <tbody>
            {visible.flatMap((s, si) =>
              (s.table === false ? [] : s.points).map((d, i) => (
                <tr key={`${si}-${i}`}>
                  <td>{s.label}</td>
                  {named && <td>{d.name ?? ""}</td>}
                  <td>{x.format(d.x)}</td>
                  <td>{y.format(d.y)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <ChartTouch />
    </figure>
  );
}

export type Segment = { label: string; value: number; tone: Tone };

/** One horizontal bar split into labelled segments (e.g. weights / KV cache / free memory). */
export function StackedBar({
  title,
  segments,
  format,
}: {
  title: string;
  segments: Segment[];
  format: (v: number) => string;
}) {
  const sizes = segments.map((s) => Math.max(0, s.value));
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  const scale = scaleLinear().domain([0, total]).range([0, 100]);
  const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.title}>{title}</figcaption>
      <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {segments.map((s, i) => (
          <rect
            key={s.label}
            x={scale(starts[i]!)}
            y={0}
            width={scale(sizes[i]!)}
            height={10}
            className={toneClass(s.tone)}
          />
        ))}
      </svg>
      {/* The legend carries every value: this chart's text alternative. */}
      <ul className={styles.legend}>
        {segments.map((s) => (
          <li key={s.label}>
            <span className={`${styles.swatch} ${toneClass(s.tone)}`} aria-hidden="true" /> {s.label}: {format(s.value)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Bands on an axis (e.g. price tiers on a log axis) with a marker for one value. */
export function BandChart({
  title,
  axis,
  bands,
  value,
  valueLabel,
}: {
  title: string;
  axis: Axis;
  bands: readonly { label: string; min: number; max: number }[];
  value: number;
  valueLabel: string;
}) {
  const at = axis.position(value);
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.title}>{title}</figcaption>
      <div className={styles.bands}>
        {/* Placed over the padded box, so in the track's coordinates (1.25rem padding each side). */}
        <p
          className={styles.bandValue}
          style={{ left: `calc(1.25rem + (100% - 2.5rem) * ${Math.min(90, Math.max(10, at)) / 100})` }}
        >
          {valueLabel}: <strong>{axis.format(value)}</strong>
        </p>
        <div className={styles.bandTrack} aria-hidden="true">
          {bands.map((b, i) => (
            <span
              key={b.label}
              className={`${styles.band} ${toneClass(((i % 5) + 1) as Tone)}`}
              style={{ left: pct(axis.position(b.min)), width: pct(axis.position(b.max) - axis.position(b.min)) }}
            />
          ))}
          <span className={styles.bandMarker} style={{ left: pct(at) }} />
        </div>
        <div className={styles.bandLabels} aria-hidden="true">
          {bands.map((b) => (
            <span
              key={b.label}
              style={{ left: pct(axis.position(b.min)), width: pct(axis.position(b.max) - axis.position(b.min)) }}
            >
              {b.label}
            </span>
          ))}
        </div>
        <XAxis axis={axis} />
      </div>
      {/* In a hidden box: a table ignores width: 1px and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}: data</caption>
          <thead>
            <tr>
              <th scope="col">Band</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b) => (
              <tr key={b.label}>
                <td>{b.label}</td>
                <td>{axis.format(b.min)}</td>
                <td>{axis.format(b.max)}</td>
              </tr>
            ))}
            <tr>
              <td>{valueLabel}</td>
              <td colSpan={2}>{axis.format(value)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
  );
}
