import { CalculatorWidgetFor } from "@/components/calculators/calculator-widget-for";
import { widgetProps } from "@/lib/calculators/server";
import type { MdxTagInput } from "@/lib/publish/mdx-tags";

/** `<Calculator id="gpu-memory" preset={{ contextTokens: 32768 }} />` in MDX. */
export function Calculator({ id, preset = {} }: MdxTagInput<"Calculator">) {
  const raw = Object.fromEntries(Object.entries(preset).map(([k, v]) => [k, String(v)]));
  return <CalculatorWidgetFor {...widgetProps(id, raw)} embedded />;
}
