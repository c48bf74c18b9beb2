"use client";
// The decode-throughput calculator's widget: its definition, no chart.
import { CalculatorWidget, type WidgetProps } from "../calculator-widget";
import { decodeThroughput } from "@/lib/economics/decode-throughput";

export default function DecodeThroughputWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={decodeThroughput} {...props} />;
}
