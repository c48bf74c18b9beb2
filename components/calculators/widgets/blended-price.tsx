"use client";

// The blended-price calculator's widget: where the blend sits among the market's price tiers.
import { BandChart } from "@/components/charts/svg-charts";
import { compactUsd, formatPriceUsd, logAxis } from "@/lib/charts/axes";
import { blendedPrice } from "@/lib/economics/blended-price";
import { priceTiers } from "@/lib/economics/tiers";
import { formatUsd } from "@/lib/format";
import { CalculatorWidget, type ChartProps, type WidgetProps } from "../calculator-widget";

function BlendedPriceChart({ outputs }: ChartProps) {
  const blended = Number(outputs.blendedPricePerMUsd);
  if (!(blended > 0)) return null;
  const tier = priceTiers.find((t) => blended >= t.minPerM && blended < t.maxPerM);
  const axis = logAxis({
    values: [blended, ...priceTiers.flatMap((t) => [t.minPerM, t.maxPerM])],
    label: "USD per 1M tokens, 3:1 blend (log scale)",
    format: formatPriceUsd,
    tickFormat: compactUsd,
  });
  return (
    <>
      <BandChart
        title="Where this blend sits among the market tiers"
        axis={axis}
        bands={priceTiers.map((t) => ({ label: t.label, min: t.minPerM, max: t.maxPerM }))}
        value={blended}
        valueLabel="This blend"
      />
      <p>
        On the site&apos;s tier bands this is{" "}
        <strong>
          {tier ? `${tier.label} (${formatUsd(tier.minPerM)}–${formatUsd(tier.maxPerM)} per 1M)` : "between tiers"}
        </strong>
        .
      </p>
    </>
  );
}

export default function BlendedPriceWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={blendedPrice} Chart={BlendedPriceChart} {...props} />;
}
