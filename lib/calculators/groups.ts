// The calculators by the task a reader comes with, each with the question it answers: /calculators and
// the home page list them this way. Every calculator is in exactly one group (groups.test.ts).
import type { CalculatorId } from "@/lib/economics";

export type CalculatorGroup = { id: string; title: string; question: string; calculators: readonly CalculatorId[] };

export const CALCULATOR_GROUPS: readonly CalculatorGroup[] = [
  {
    id: "plan",
    title: "Plan a deployment",
    question: "What does this model cost per month on these GPUs at my traffic, and when does it beat the APIs?",
    calculators: ["deployment"],
  },
  {
    id: "api",
    title: "Price an API workload",
    question: "What will my requests, sessions and agents cost at a provider's list prices?",
    calculators: ["api-cost", "agent-session", "blended-price"],
  },
  {
    id: "hardware",
    title: "Size the hardware",
    question: "How many GPUs does a model need, and how fast can they serve it?",
    calculators: ["gpu-memory", "decode-throughput", "moe"],
  },
  {
    id: "self-host",
    title: "Cost self-hosting",
    question: "What does a GPU-hour, and so a million tokens, cost when I run the model myself?",
    calculators: ["self-host-cost", "owned-gpu-cost"],
  },
  {
    id: "compare",
    title: "Compare and decide",
    question: "What margin does a price leave, and how fast are prices falling?",
    calculators: ["margin", "price-decline"],
  },
];
