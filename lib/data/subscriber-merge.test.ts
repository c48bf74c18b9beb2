// The email_key migration on a database holding subscribers from before it: addresses that differ
// only in case are merged into one row, on SQLite and PostgreSQL (when configured).
import pg from "pg";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { pgAdapterOptions, sqliteFilePath } from "@/lib/db/url.mjs";
import { migrate } from "@/lib/db/migrate.mjs";
import { cleanupDatabases, client, targets } from "@/lib/testing/databases";

afterAll(cleanupDatabases);

const BEFORE = "20261127090000_scenarios";
const t = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, "0")}:00.000+00:00`;

// Rows as the app wrote them before the migration (no emailKey yet). Dates in the adapters' formats.
const subscribers = [
  // id, email, status, createdAt, confirmTokenHash, confirmTokenExpires, lastConfirmSentAt
  ["a1", "Ada@example.com", "pending", t(1), "hash-a1", t(50), t(1)],
  ["a2", "ada@example.com", "confirmed", t(5), null, null, t(4)],
  ["a3", "ADA@example.com", "unsubscribed", t(0), null, null, null],
  ["b1", "bob@example.com", "pending", t(2), "hash-b1", t(40), t(2)],
  ["b2", "Bob@example.com", "pending", t(3), "hash-b2", t(59), t(30)],
  ["c1", "carol@example.com", "confirmed", t(4), null, null, null],
] as const;
const deliveries = [
  // id, issueSlug, subscriberId, status
  ["d1", "issue-1", "a1", "sent"],
  ["d2", "issue-1", "a2", "sent"],
  ["d3", "issue-2", "a3", "sent"],
  ["d4", "issue-1", "c1", "sent"],
] as const;

async function seed(provider: "sqlite" | "postgresql", url: string) {
  const subscriberSql = `INSERT INTO "Subscriber" ("id", "email", "status", "createdAt", "updatedAt", "confirmTokenHash", "confirmTokenExpires", "lastConfirmSentAt") VALUES `;
  const deliverySql = `INSERT INTO "NewsletterDelivery" ("id", "issueSlug", "subscriberId", "status") VALUES `;
  if (provider === "sqlite") {
    const db = new Database(sqliteFilePath(url));
    for (const [id, email, status, at, hash, expires, sent] of subscribers) {
      db.prepare(`${subscriberSql} (?, ?, ?, ?, ?, ?, ?, ?)`).run(id, email, status, at, at, hash, expires, sent);
    }
    for (const row of deliveries) db.prepare(`${deliverySql} (?, ?, ?, ?)`).run(...row);
    db.close();
    return;
  }
  const { pool } = pgAdapterOptions(url);
  const db = new pg.Client(pool);
  await db.connect();
  for (const [id, email, status, at, hash, expires, sent] of subscribers) {
    await db.query(`${subscriberSql} ($1, $2, $3, $4, $4, $5, $6, $7)`, [id, email, status, at, hash, expires, sent]);
  }
  for (const row of deliveries) await db.query(`${deliverySql} ($1, $2, $3, $4)`, [...row]);
  await db.end();
}

describe.each(targets)("the email_key migration on $name", (target) => {
  it("merges subscribers whose addresses differ only in case, keeping the most advanced one", async () => {
    const url = target.freshUrl();
    await migrate(url, { until: BEFORE });
    await seed(target.provider, url);
    expect(await migrate(url)).toEqual(["20261128000000_email_key"]);

    const db = client(url);
    const rows = await db.subscriber.findMany({ orderBy: { emailKey: "asc" }, include: { deliveries: { orderBy: { id: "asc" } } } });
    expect(rows.map((r) => [r.id, r.email, r.emailKey, r.status])).toEqual([
      ["a2", "ada@example.com", "ada@example.com", "confirmed"], // confirmed beats pending and unsubscribed
      ["b1", "bob@example.com", "bob@example.com", "pending"], // both pending: the oldest
      ["c1", "carol@example.com", "carol@example.com", "confirmed"],
    ]);
    const [ada, bob, carol] = rows;
    // The earliest signup date of the group; each issue once (its own delivery first), the others moved over.
    expect(ada!.createdAt.toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(ada!.deliveries.map((d) => [d.id, d.issueSlug])).toEqual([["d2", "issue-1"], ["d3", "issue-2"]]);
    expect(ada!.confirmTokenHash).toBeNull();
    // Not confirmed: the newest confirmation link of the group still works, and the resend interval holds.
    expect(bob!.confirmTokenHash).toBe("hash-b2");
    expect(bob!.confirmTokenExpires!.toISOString()).toBe("2026-11-27T10:59:00.000Z");
    expect(bob!.lastConfirmSentAt!.toISOString()).toBe("2026-11-27T10:30:00.000Z");
    expect(bob!.createdAt.toISOString()).toBe("2026-11-27T10:02:00.000Z");
    expect(carol!.deliveries.map((d) => d.id)).toEqual(["d4"]);
    expect(await db.newsletterDelivery.count()).toBe(3);

    // The unique key now holds for case variants, and deliveries still go with their subscriber.
    await expect(db.subscriber.create({ data: { email: "CAROL@example.com", emailKey: "carol@example.com" } })).rejects.toMatchObject({ code: "P2002" });
    await db.subscriber.delete({ where: { id: "c1" } });
    expect(await db.newsletterDelivery.count()).toBe(2);
  });
});
