"use client";

// The moe calculator's widget: its definition, no chart.
import { moe } from "@/lib/economics/moe";
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";

export default function MoeWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={moe} {...props} />;
}
