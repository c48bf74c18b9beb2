// Database tests on a fresh SQLite file and, when TEST_POSTGRES_URL is set, on a fresh PostgreSQL schema.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases, client, sqlite, targets } from "../testing/databases";
import { isUniqueViolation } from "./";
import { migrate, migrationsFor } from "./migrate.mjs";

afterAll(async () => {
  await cleanupDatabases();
});

describe.each(targets)("$name", (target) => {
  const provider = target.provider;

  it("applies every migration to a fresh database, then has nothing left to apply", async () => {
    const url = target.freshUrl();
    const names = migrationsFor(provider).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    expect(await migrate(url)).toEqual(names);
    expect(await migrate(url)).toEqual([]);
    const db = client(url);
    expect(await db.subscriber.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
    expect(await db.verificationToken.count()).toBe(0);
  });

  it("applies migrations once when several servers start at the same time", async () => {
    const url = target.freshUrl();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(results.flat()).toEqual(migrationsFor(provider).map((m) => m.name));
  });

  it("keeps Subscriber.emailKey unique under concurrent inserts of case variants", async () => {
    const url = target.freshUrl();
    await migrate(url);
    const writers = [client(url), client(url), client(url), client(url)];
    const emailKey = "reader@example.com";
    const attempts = Array.from({ length: 24 }, (_, i) =>
      writers[i % writers.length]!.subscriber.create({
        data: { email: i % 2 ? "Reader@example.com" : emailKey, emailKey, source: `/glossary/t${i}` },
      }),
    );
    const settled = await Promise.allSettled(attempts);
    const created = settled.filter((s) => s.status === "fulfilled");
    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(created).toHaveLength(1);
    expect(rejected).toHaveLength(23);
    for (const r of rejected) expect(isUniqueViolation(r.reason), String(r.reason)).toBe(true);
    expect(await writers[0]!.subscriber.count({ where: { emailKey } })).toBe(1);
  });

  it("stores a subscriber with its defaults and timestamps", async () => {
    const url = target.freshUrl();
    await migrate(url);
    const db = client(url);
    const before = Date.now();
    const row = await db.subscriber.create({
      data: { email: "a@example.com", emailKey: "a@example.com", source: "/glossary/inference" },
    });
    expect(row.status).toBe("pending");
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.confirmTokenHash).toBeNull();
  });
});

describe("SQLite file settings", () => {
  it("uses WAL journal mode after migration", async () => {
    const url = sqlite.freshUrl();
    await migrate(url);
    const file = new Database(url.slice("file:".length));
    expect(file.pragma("journal_mode", { simple: true })).toBe("wal");
    file.close();
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const url = sqlite.freshUrl();
    await migrate(url);
    const file = new Database(url.slice("file:".length));
    file.prepare(`UPDATE "_prisma_migrations" SET checksum = 'x'`).run();
    file.close();
    await expect(migrate(url)).rejects.toThrow(/was edited after it was applied/);
  });
});
