// Liveness for load balancers: 200 when the database answers a query, 503 when it does not.
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    await db.subscriber.count({ take: 1 });
    return Response.json({ status: "ok", database: "up", ms: Math.round(performance.now() - started) }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", database: "down" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
