"use client";
// The owned-gpu-cost calculator's widget: its definition, no chart.
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";
import { ownedGpuCost } from "@/lib/economics/owned-gpu-cost";

export default function OwnedGpuCostWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={ownedGpuCost} {...props} />;
}
