import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { compactUsd, linearAxis, logAxis } from "@/lib/charts/axes";
import { XYChart, type Series } from "./svg-charts";

const render = (series: Series[]) => {
  const all = series.flatMap((s) => s.points);
  return renderToStaticMarkup(
    createElement(XYChart, {
      title: "Monthly cost",
      x: linearAxis({ values: all.map((p) => p.x), label: "Requests per day", format: (v) => `${v} requests/day` }),
      y: logAxis({
        values: all.map((p) => p.y),
        label: "USD per month",
        format: (v) => `$${v}/month`,
        tickFormat: compactUsd,
      }),
      series,
    }),
  );
};

describe("XYChart", () => {
  const step: Series = {
    label: "Fleet",
    kind: "step",
    tone: 1,
    points: [
      { x: 0, y: 100 },
      { x: 1000, y: 200 },
      { x: 2000, y: 300 },
    ],
  };
  const points: Series = {
    label: "Quotes",
    kind: "points",
    tone: 2,
    points: [
      { x: 500, y: 150, name: "A" },
      { x: 1500, y: 250, name: "B" },
    ],
  };

  it("draws a step line as horizontal then vertical runs", () => {
    const html = render([step]);
    const d = html.match(/<path d="([^"]+)"/)![1]!;
    const xy = d
      .slice(1)
      .split("L")
      .map((p) => p.split(",").map(Number) as [number, number]);
    // curveStepAfter: each later point adds a horizontal run at the old value, then a vertical one.
    expect(xy).toHaveLength(1 + 2 * 2);
    xy.slice(1).forEach(([x, y], i) => {
      const [px, py] = xy[i]!;
      expect(i % 2 === 0 ? y : x).toBeCloseTo(i % 2 === 0 ? py : px, 6);
    });
  });

  it("makes every point of a points series focusable, named, with a tooltip", () => {
    const html = render([step, points]);
    expect(html.match(/tabindex="0"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="A (Quotes): 500 requests/day, $150/month"');
    expect(html).toContain('aria-label="B (Quotes): 1500 requests/day, $250/month"');
  });

  it("lists every point of every series in the hidden table, with the axes' units as headers", () => {
    const html = render([step, points]);
    const table = html.slice(html.indexOf("<table>"));
    expect(table.match(/<tr>/g)).toHaveLength(1 + 3 + 2);
    expect(table).toContain('<th scope="col">Requests per day</th>');
    expect(table).toContain('<th scope="col">USD per month</th>');
  });

  it("prints the log axis' ticks compactly", () => {
    // 3 / 1.4 = 2.1 and 300 × 1.4 = 420 round out to 1 and 1,000: three decades, a tick at each power of ten.
    const html = render([
      {
        label: "Costs",
        kind: "line",
        tone: 1,
        points: [
          { x: 0, y: 3 },
          { x: 1, y: 300 },
        ],
      },
    ]);
    const ticks = [...html.matchAll(/top:[\d.]+%">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(ticks).toEqual(["$1", "$10", "$100", "$1K"]);
  });
});
