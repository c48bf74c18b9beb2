"use client";
// The api-cost calculator's widget: its definition, no chart.
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";
import { apiCost } from "@/lib/economics/api-cost";

export default function ApiCostWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={apiCost} {...props} />;
}
