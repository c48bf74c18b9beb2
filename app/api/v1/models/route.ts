import { modelRows, SOURCE } from "@/lib/prices/model-rows";

// Per request: a price rule can start on a date or hold only at some hours (DeepSeek's off-peak prices).
export function GET() {
  const at = new Date();
  const models = modelRows(at);
  return Response.json(
    { source: SOURCE, pricesAt: at.toISOString(), count: models.length, models },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
