import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth";
import { newsletter } from "@/lib/services";

export const metadata: Metadata = { title: "Newsletter admin", robots: { index: false } };

function CountTable({ headers, rows }: { headers: string[]; rows: (string | number)[][] }) {
  return (
    <table>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slice(0, -1).join("\u0000")}>
            {row.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function AdminPage() {
  await requireAdmin("/newsletter/admin");
  const { byStatus, bySource } = await newsletter.stats();
  return (
    <>
      <h1>Newsletter admin</h1>
      <h2>Subscribers by status</h2>
      <CountTable headers={["Status", "Count"]} rows={byStatus.map((r) => [r.status, r.count])} />
      <h2>By source page</h2>
      <CountTable headers={["Source", "Status", "Count"]} rows={bySource.map((r) => [r.source, r.status, r.count])} />
      <p>
        <a className="button" href="/newsletter/admin/export" download>
          Download subscribers (CSV)
        </a>
      </p>
    </>
  );
}
