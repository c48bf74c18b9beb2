"use client";

// The decode-throughput calculator's widget: its definition, no chart.
import { decodeThroughput } from "@/lib/economics/decode-throughput";
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";

export default function DecodeThroughputWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={decodeThroughput} {...props} />;
}
