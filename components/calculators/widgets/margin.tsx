"use client";

// The margin calculator's widget: its definition, no chart.
import { margin } from "@/lib/economics/margin";
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";

export default function MarginWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={margin} {...props} />;
}
