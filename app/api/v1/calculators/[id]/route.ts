import { runQuery } from "@/lib/calculators/server";
import { queryValues } from "@/lib/search-params";
import { log } from "@/lib/server/log.mjs";

const badRequest = (issues: { param: string; message: string }[]) =>
  Response.json(
    { error: { message: `Invalid input: ${issues.map((i) => i.param).join(", ")}`, issues } },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const values = queryValues(new URL(request.url).searchParams);
  try {
    const result = runQuery(id, values);
    if (result.status === 404) {
      const error = result.issues ? { message: result.message, issues: result.issues } : { message: result.message };
      return Response.json({ error }, { status: 404, headers: { "Cache-Control": "no-store" } });
    }
    if (result.status === 400) return badRequest(result.issues);
    return Response.json(result.body, { headers: { "Cache-Control": "public, max-age=300" } });
  } catch (error) {
    // Validation has already passed, so this is our bug: log it, and still answer as unusable input
    // (the API promises a 400 or 404 for any query, never a 500).
    log("error", { event: "calculator_error", id, message: (error as Error).message });
    return badRequest([{ param: "(input)", message: "these inputs could not be computed" }]);
  }
}
