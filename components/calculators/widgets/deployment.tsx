"use client";

// The deployment planner's widget: the fleet's monthly cost, a step per replica, against the cheapest APIs.
// The chart's code loads on demand (deployment-chart.tsx): the headline and the figures do not wait for it.
import { ChartOnDemand, onDemand } from "@/components/charts/chart-on-demand";
import { deployment } from "@/lib/economics/deployment";
import { CalculatorWidget, type ChartProps, type WidgetProps } from "../calculator-widget";

const chartCode = onDemand(() => import("./deployment-chart"));

function DeploymentChart(props: ChartProps) {
  return <ChartOnDemand code={chartCode} props={props} />;
}

export default function DeploymentWidget(props: WidgetProps) {
  return <CalculatorWidget calculator={deployment} Chart={DeploymentChart} {...props} />;
}
