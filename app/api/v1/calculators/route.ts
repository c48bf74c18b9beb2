import { dataAsOf, describeCalculators } from "@/lib/calculators/server";

export const dynamic = "force-static";

export function GET() {
  return Response.json({ calculators: describeCalculators(), dataAsOf: dataAsOf() });
}
