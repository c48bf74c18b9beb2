// Liveness for load balancers: 200 when the database answers a query, 503 when it does not.
import { databaseAnswers } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  const up = await databaseAnswers();
  return Response.json(
    up ? { status: "ok", database: "up", ms: Math.round(performance.now() - started) } : { status: "error", database: "down" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
