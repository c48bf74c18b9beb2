"use client";
// The margin calculator's widget: its definition, no chart.
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";
import { margin } from "@/lib/economics/margin";

export default function MarginWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={margin} {...props} />;
}
