// Health for load balancers: 200 when the database answers a query, 503 when it does not or while the
// server drains before shutting down (SIGTERM).
import { isDraining } from "@/lib/server/state.mjs";
import { health } from "@/lib/services";

export const dynamic = "force-dynamic";

export async function GET() {
  if (isDraining())
    return Response.json({ status: "draining" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  const started = performance.now();
  const up = await health.databaseAnswers();
  return Response.json(
    up
      ? { status: "ok", database: "up", ms: Math.round(performance.now() - started) }
      : { status: "error", database: "down" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
