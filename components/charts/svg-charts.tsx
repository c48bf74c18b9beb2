// Small SVG charts with no client state: rendered on the server, and inside the widgets as they update.
import { formatNumber, formatUsd } from "@/lib/calculators/format";

export type Segment = { label: string; value: number; className: string };

/** One horizontal bar split into labelled segments (e.g. weights / KV cache / free memory). */
export function StackedBar({ title, segments, format }: { title: string; segments: Segment[]; format: (v: number) => string }) {
  const total = segments.reduce((s, x) => s + Math.max(0, x.value), 0) || 1;
  // Left edge of each segment: the running sum of the widths before it.
  const widths = segments.map((s) => (Math.max(0, s.value) / total) * 400);
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const summary = segments.map((s) => `${s.label} ${format(s.value)}`).join(", ");
  return (
    <figure className="chart">
      <svg viewBox="0 0 400 36" role="img" aria-label={`${title}: ${summary}`} preserveAspectRatio="none">
        {segments.map((s, i) => (
          <rect key={s.label} x={lefts[i]} y={0} width={widths[i]} height={36} className={s.className} />
        ))}
      </svg>
      <figcaption>
        <strong>{title}</strong>
        <ul className="legend">
          {segments.map((s) => (
            <li key={s.label}>
              <span className={`swatch ${s.className}`} aria-hidden="true" /> {s.label}: {format(s.value)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export type Series = { label: string; points: [number, number][]; className: string; dots?: boolean };

/** A line chart on linear or log-y axes with an optional marked point. */
export function LineChart({
  title,
  series,
  xLabel,
  yLabel,
  formatX,
  formatY,
  mark,
  logY = false,
}: {
  title: string;
  series: Series[];
  xLabel: string;
  yLabel: string;
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  mark?: { x: number; y: number; label: string };
  logY?: boolean;
}) {
  const W = 400;
  const H = 220;
  const pad = { l: 56, r: 12, t: 12, b: 34 };
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return null;
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]).filter((v) => !logY || v > 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const ty = (v: number) => (logY ? Math.log10(Math.max(v, 1e-9)) : v);
  const [y0, y1] = [logY ? ty(Math.min(...ys)) : Math.min(0, ...ys), ty(Math.max(...ys))];
  const sx = (v: number) => pad.l + ((v - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const sy = (v: number) => H - pad.b - ((ty(v) - y0) / (y1 - y0 || 1)) * (H - pad.t - pad.b);
  const summary = series
    .map((s) => `${s.label} from ${formatY(s.points[0]![1])} to ${formatY(s.points.at(-1)![1])}`)
    .join("; ");
  const yTicks = [y0, (y0 + y1) / 2, y1].map((t) => (logY ? 10 ** t : t));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}${mark ? `. ${mark.label}` : ""}`}>
        <line x1={pad.l} y1={H - pad.b} x2={W - pad.r} y2={H - pad.b} className="axis" />
        <line x1={pad.l} y1={pad.t} x2={pad.l} y2={H - pad.b} className="axis" />
        {yTicks.map((t) => (
          <text key={t} x={pad.l - 4} y={sy(t) + 4} textAnchor="end" className="tick">
            {formatY(t)}
          </text>
        ))}
        <text x={pad.l} y={H - 8} className="tick">
          {formatX(x0)}
        </text>
        <text x={W - pad.r} y={H - 8} textAnchor="end" className="tick">
          {formatX(x1)}
        </text>
        <text x={(W + pad.l) / 2} y={H - 8} textAnchor="middle" className="tick">
          {xLabel}
        </text>
        {series.map((s) =>
          s.dots ? (
            <g key={s.label} className={s.className}>
              {s.points.map(([x, y]) => (
                <circle key={`${x}-${y}`} cx={sx(x)} cy={sy(y)} r={4} />
              ))}
            </g>
          ) : (
            <polyline
              key={s.label}
              fill="none"
              className={s.className}
              points={s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ")}
            />
          ),
        )}
        {mark && <circle cx={sx(mark.x)} cy={sy(mark.y)} r={5} className="mark" />}
      </svg>
      <figcaption>
        <strong>{title}</strong> <span className="muted">({yLabel})</span>
        <ul className="legend">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`swatch ${s.className}`} aria-hidden="true" /> {s.label}
            </li>
          ))}
          {mark && <li>● {mark.label}</li>}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Bands on a log scale (e.g. price tiers) with a marker for one value. */
export function BandChart({
  title,
  bands,
  value,
  format,
}: {
  title: string;
  bands: readonly { label: string; min: number; max: number }[];
  value: number;
  format: (v: number) => string;
}) {
  const lo = Math.log10(Math.min(value, ...bands.map((b) => b.min)) / 1.5);
  const hi = Math.log10(Math.max(value, ...bands.map((b) => b.max)) * 1.5);
  const sx = (v: number) => 8 + ((Math.log10(v) - lo) / (hi - lo)) * 384;
  return (
    <figure className="chart">
      <svg viewBox="0 0 400 70" role="img" aria-label={`${title}: ${format(value)} against ${bands.map((b) => `${b.label} ${format(b.min)} to ${format(b.max)}`).join(", ")}`}>
        {bands.map((b, i) => (
          <g key={b.label}>
            <rect x={sx(b.min)} y={14} width={sx(b.max) - sx(b.min)} height={22} className={`s${i + 1}`} opacity={0.35} />
            <text x={(sx(b.min) + sx(b.max)) / 2} y={52} textAnchor="middle" className="tick">
              {b.label}
            </text>
          </g>
        ))}
        <line x1={sx(value)} x2={sx(value)} y1={6} y2={44} className="marker" />
        <text x={Math.min(360, Math.max(40, sx(value)))} y={66} textAnchor="middle" className="tick">
          {format(value)}
        </text>
      </svg>
      <figcaption>
        <strong>{title}</strong> <span className="muted">(log scale)</span>
      </figcaption>
    </figure>
  );
}

export const fmt = { usd: formatUsd, num: (v: number) => formatNumber(v) };
