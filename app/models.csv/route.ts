import { modelRows, SOURCE, toCsv } from "@/lib/prices/model-rows";

export function GET() {
  return new Response(toCsv(modelRows(new Date())), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="models-genai-prices-${SOURCE.version}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
