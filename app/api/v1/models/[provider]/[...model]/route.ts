import { modelIdFromPath, modelRow, SOURCE } from "@/lib/prices/model-rows";

export async function GET(_request: Request, { params }: { params: Promise<{ provider: string; model: string[] }> }) {
  const { provider, model } = await params;
  const id = modelIdFromPath(provider, model);
  const at = new Date();
  const row = modelRow(id, at);
  if (!row) {
    const message = `unknown model "${id}": use <provider>/<model-id> from ${SOURCE.package} ${SOURCE.version}, listed at /api/v1/models`;
    return Response.json(
      { error: { message: `Unknown model "${id}".`, issues: [{ param: "model", message }] } },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  return Response.json(
    { source: SOURCE, pricesAt: at.toISOString(), model: row },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
