import { isSameOrigin } from "@/lib/server/http";
import { pricedCsv, priceUsage } from "@/lib/usage/price";
import { readUsageStream } from "@/lib/usage/read";
import { usageRequest, type Issue } from "@/lib/usage/request";

const noStore = { "Cache-Control": "no-store" };

const refuse = (status: number, message: string, issues: Issue[]) =>
  Response.json({ error: { message, issues } }, { status, headers: noStore });

/** Prices a usage export within the request; nothing is stored. JSON summary, or the priced rows as CSV (format=csv). */
export async function POST(request: Request) {
  if (!isSameOrigin(request))
    return refuse(403, "Cross-origin requests are not accepted.", [{ param: "Origin", message: "must be this site" }]);
  const req = await usageRequest(request);
  if (!req.ok)
    return refuse(
      req.status,
      req.status === 413 ? "Export too large." : `Invalid input: ${req.issues.map((i) => i.param).join(", ")}`,
      req.issues,
    );
  const read = await readUsageStream(req.stream, req.options.parse);
  if (read.tooLarge)
    return refuse(413, "Export too large.", [
      { param: "(file)", message: "The export is larger than 5 MB: split it by month and price each part." },
    ]);
  if (read.issues.length > 0) {
    const issues = read.issues.map((i) => ({
      param: i.field ?? "(file)",
      line: i.line,
      ...(i.column !== undefined ? { column: i.column } : {}),
      message: i.message,
    }));
    const first = issues[0]!;
    return refuse(
      400,
      `Line ${first.line}${first.column !== undefined ? `, column ${first.column}` : ""}: ${first.message}`,
      issues,
    );
  }
  const { rows, summary } = priceUsage(read.rows, req.options.compare);
  if (req.options.format === "csv") {
    const lines = pricedCsv(rows);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        let chunk = "";
        for (let n = 0; n < 500; n++) {
          const next = lines.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value;
        }
        controller.enqueue(encoder.encode(chunk));
      },
    });
    return new Response(body, {
      headers: {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="priced-usage.csv"',
      },
    });
  }
  return Response.json(
    { format: read.format?.label, columns: read.columns, bytes: read.bytes, summary },
    { headers: noStore },
  );
}
