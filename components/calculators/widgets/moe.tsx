"use client";
// The moe calculator's widget: its definition, no chart.
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";
import { moe } from "@/lib/economics/moe";

export default function MoeWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={moe} {...props} />;
}
