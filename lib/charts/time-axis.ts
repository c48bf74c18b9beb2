// A time axis (UTC), kept apart from ./axes so the calculator widgets do not ship d3-time-format.
import { scaleUtc } from "d3-scale";
import type { Axis } from "./axes";

/**
 * A time axis over timestamps in milliseconds: the range is padded by `pad` of its span on both sides
 * (no point on the axis line), then rounded out by d3's nice() (to whole years for a span of years), so
 * the axis runs past the newest point. Ticks use d3's multi-scale labels ("2022", "April").
 */
export function timeAxis({
  values,
  label,
  format,
  pad = 0.04,
  count = 6,
}: {
  values: number[];
  label: string;
  format: (ms: number) => string;
  pad?: number;
  count?: number;
}): Axis {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) throw new Error("An axis needs at least one finite value");
  const [min, max] = [Math.min(...finite), Math.max(...finite)];
  const margin = Math.max((max - min) * pad, 15 * 86_400_000);
  const scale = scaleUtc()
    .domain([min - margin, max + margin])
    .range([0, 100])
    .nice(count);
  const tickLabel = scale.tickFormat(count);
  const [d0, d1] = scale.domain();
  return {
    label,
    domain: [d0!.getTime(), d1!.getTime()],
    ticks: scale.ticks(count).map((d) => ({ at: d.getTime(), label: tickLabel(d) })),
    position: (v) => scale(v),
    format,
  };
}
