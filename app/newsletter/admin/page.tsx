import type { Metadata } from "next";
import { adminSignInAction } from "@/lib/actions/admin";
import { adminConfigured, isAdmin } from "@/lib/admin";
import { newsletter } from "@/lib/services";

export const metadata: Metadata = { title: "Newsletter admin", robots: { index: false } };

type Props = { searchParams: Promise<{ error?: string }> };

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
      <table>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {byStatus.map((r) => (
            <tr key={r.status}>
              <td>{r.status}</td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>By source page</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {bySource.map((r) => (
            <tr key={`${r.source}-${r.status}`}>
              <td>{r.source}</td>
              <td>{r.status}</td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a className="button" href="/newsletter/admin/export" download>
          Download subscribers (CSV)
        </a>
      </p>
    </>
  );
}
