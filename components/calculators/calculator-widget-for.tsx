"use client";

// The widget for one calculator id, loaded on demand: a page (or a term's MDX) that shows one calculator
// downloads that calculator's code only. Typed by id, so a calculator without a widget entry fails to compile.
import dynamic from "next/dynamic";
import type { ComponentType } from "react";
// The widgets' styles come with the page, not with a widget's code. A stylesheet of a dynamic chunk is a
// render-blocking <link> of its own (one more round trip before the first paint on a slow network), while
// the page's own CSS is inlined into its HTML (experimental.inlineCss in next.config.mjs).
import "@/components/charts/charts.module.css";
import "@/components/scenarios/scenarios.module.css";
import "@/components/ui/result.module.css";
import "./calculator.module.css";
import type { CalculatorId } from "@/lib/economics";
import type { WidgetProps } from "./calculator-widget";

const widgets: Record<CalculatorId, ComponentType<WidgetProps>> = {
  deployment: dynamic(() => import("./widgets/deployment")),
  "api-cost": dynamic(() => import("./widgets/api-cost")),
  "agent-session": dynamic(() => import("./widgets/agent-session")),
  "blended-price": dynamic(() => import("./widgets/blended-price")),
  "self-host-cost": dynamic(() => import("./widgets/self-host-cost")),
  "owned-gpu-cost": dynamic(() => import("./widgets/owned-gpu-cost")),
  "gpu-memory": dynamic(() => import("./widgets/gpu-memory")),
  "decode-throughput": dynamic(() => import("./widgets/decode-throughput")),
  moe: dynamic(() => import("./widgets/moe")),
  margin: dynamic(() => import("./widgets/margin")),
  "price-decline": dynamic(() => import("./widgets/price-decline")),
};

export function CalculatorWidgetFor(props: WidgetProps) {
  const Widget = widgets[props.id];
  if (!Widget) throw new Error(`No widget for calculator "${props.id}"`);
  return <Widget {...props} />;
}
