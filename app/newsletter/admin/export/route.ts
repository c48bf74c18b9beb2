import { currentUser } from "@/lib/auth";
import { newsletter } from "@/lib/services";

// A cell that starts with = + - @ would run as a formula in a spreadsheet: prefix it.
const cell = (v: unknown) => {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the cells are a row's scalar columns (strings, numbers, booleans)
  const s = v instanceof Date ? v.toISOString() : v == null ? "" : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export async function GET() {
  if (!(await currentUser())?.isAdmin) return new Response("Not found", { status: 404 });
  const rows = await newsletter.exportRows();
  const header = ["email", "status", "source", "topics", "createdAt", "confirmedAt", "unsubscribedAt"];
  const lines = [header.join(","), ...rows.map((r) => header.map((h) => cell(r[h as keyof typeof r])).join(","))];
  return new Response(lines.join("\r\n") + "\r\n", {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
