"use client";

// The api-cost calculator's widget: its definition, no chart.
import { apiCost } from "@/lib/economics/api-cost";
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";

export default function ApiCostWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={apiCost} {...props} />;
}
