"use client";

// The owned-gpu-cost calculator's widget: its definition, no chart.
import { ownedGpuCost } from "@/lib/economics/owned-gpu-cost";
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";

export default function OwnedGpuCostWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={ownedGpuCost} {...props} />;
}
