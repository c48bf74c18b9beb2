// Database tests on a fresh SQLite file and, when TEST_POSTGRES_URL is set, on a fresh PostgreSQL schema.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db, isUniqueViolation } from "./db";
import { pgAdapterOptions } from "./db-url.mjs";
import { env } from "./env.mjs";
import { migrate, migrationsFor } from "./migrate.mjs";

type Target = { name: "SQLite" | "PostgreSQL"; freshUrl: () => string };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "db-test-"));
const pgSchemas: string[] = [];
const clients: Db[] = [];

const sqlite: Target = { name: "SQLite", freshUrl: () => `file:${path.join(tmp, `${randomBytes(6).toString("hex")}.db`)}` };
const postgres: Target = {
  name: "PostgreSQL",
  freshUrl: () => {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    pgSchemas.push(schema);
    const url = new URL(env.TEST_POSTGRES_URL!);
    url.searchParams.set("schema", schema);
    return url.toString();
  },
};

if (env.CI && !env.TEST_POSTGRES_URL) {
  throw new Error("CI is set but TEST_POSTGRES_URL is not: the PostgreSQL tests must run in CI.");
}
const targets = env.TEST_POSTGRES_URL ? [sqlite, postgres] : [sqlite];
if (!env.TEST_POSTGRES_URL) console.warn("TEST_POSTGRES_URL is not set: database tests run on SQLite only.");

function client(url: string) {
  const db = createDb(url);
  clients.push(db);
  return db;
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  if (pgSchemas.length > 0) {
    const { pool } = pgAdapterOptions(env.TEST_POSTGRES_URL!);
    const admin = new pg.Client(pool);
    await admin.connect();
    for (const schema of pgSchemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe.each(targets)("$name", (target) => {
  const provider = target.name === "SQLite" ? "sqlite" : "postgresql";

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

  it("keeps Subscriber.email unique under concurrent inserts", async () => {
    const url = target.freshUrl();
    await migrate(url);
    const writers = [client(url), client(url), client(url), client(url)];
    const email = "reader@example.com";
    const attempts = Array.from({ length: 24 }, (_, i) =>
      writers[i % writers.length]!.subscriber.create({ data: { email, source: `/glossary/t${i}` } }),
    );
    const settled = await Promise.allSettled(attempts);
    const created = settled.filter((s) => s.status === "fulfilled");
    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(created).toHaveLength(1);
    expect(rejected).toHaveLength(23);
    for (const r of rejected) expect(isUniqueViolation(r.reason), String(r.reason)).toBe(true);
    expect(await writers[0]!.subscriber.count({ where: { email } })).toBe(1);
  });

  it("stores a subscriber with its defaults and timestamps", async () => {
    const url = target.freshUrl();
    await migrate(url);
    const db = client(url);
    const before = Date.now();
    const row = await db.subscriber.create({ data: { email: "a@example.com", source: "/glossary/inference" } });
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
