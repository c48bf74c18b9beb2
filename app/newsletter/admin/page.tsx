import type { Metadata } from "next";
import { adminSignInAction } from "@/lib/actions/admin";
import { adminConfigured, isAdmin } from "@/lib/admin";
import { newsletter } from "@/lib/services";

export const metadata: Metadata = { title: "Newsletter admin", robots: { index: false } };

type Props = { searchParams: Promise<{ error?: string }> };

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

export default async function AdminPage({ searchParams }: Props) {
  if (!adminConfigured()) {
    return (
      <>
        <h1>Newsletter admin</h1>
        <p className="lead">The admin is closed: set ADMIN_TOKEN in the environment to open it.</p>
      </>
    );
  }
  if (!(await isAdmin())) {
    const { error } = await searchParams;
    return (
      <>
        <h1>Newsletter admin</h1>
        <form action={adminSignInAction} className="signup">
          <div className="signup-row">
            <label htmlFor="admin-token">Admin token</label>
            <input id="admin-token" name="token" type="password" autoComplete="current-password" required aria-describedby={error ? "admin-error" : undefined} />
            <button type="submit">Open</button>
          </div>
          {error && (
            <p id="admin-error" className="field-error">
              That token is not right.
            </p>
          )}
        </form>
      </>
    );
  }
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
