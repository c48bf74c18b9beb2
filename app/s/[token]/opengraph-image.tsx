// The social card for a shared scenario: the calculator's name and the headline result.
import { scenarios } from "@/lib/services";
import { cardSize, socialCard } from "@/lib/social-card";

export const alt = "A shared Inference Economics scenario: the calculator and its headline result";
export const size = cardSize;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  const scenario = await scenarios.getShared((await params).token);
  if (!scenario) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return socialCard({
    badge: scenario.calculatorTitle,
    title: scenario.headline
      ? `${scenario.headline.label}: ${scenario.headline.value}${scenario.headline.rate && ` ${scenario.headline.rate}`}`
      : scenario.calculatorTitle,
    body: scenario.name,
    footer: "Shared scenario",
  });
}
