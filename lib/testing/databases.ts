// Fresh databases for tests: a new SQLite file each time and, when TEST_POSTGRES_URL is set, a new
// PostgreSQL schema each time. CI sets TEST_POSTGRES_URL and must not silently skip PostgreSQL.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate.mjs";
import { pgAdapterOptions } from "@/lib/db/url.mjs";
import { env } from "@/lib/env.mjs";

export type Target = { name: "SQLite" | "PostgreSQL"; provider: "sqlite" | "postgresql"; freshUrl: () => string };

if (env.CI && !env.TEST_POSTGRES_URL) {
  throw new Error("CI is set but TEST_POSTGRES_URL is not: the PostgreSQL tests must run in CI.");
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "db-test-"));
const pgSchemas: string[] = [];
const clients: Db[] = [];

export const sqlite: Target = {
  name: "SQLite",
  provider: "sqlite",
  freshUrl: () => `file:${path.join(tmp, `${randomBytes(6).toString("hex")}.db`)}`,
};

const postgres: Target = {
  name: "PostgreSQL",
  provider: "postgresql",
  freshUrl: () => {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    pgSchemas.push(schema);
    const url = new URL(env.TEST_POSTGRES_URL!);
    url.searchParams.set("schema", schema);
    return url.toString();
  },
};

export const targets: Target[] = env.TEST_POSTGRES_URL ? [sqlite, postgres] : [sqlite];
if (!env.TEST_POSTGRES_URL) console.warn("TEST_POSTGRES_URL is not set: database tests run on SQLite only.");

/** A client on a URL, disconnected by cleanupDatabases(). */
export function client(url: string): Db {
  const db = createDb(url);
  clients.push(db);
  return db;
}

/** A fresh, migrated database and its client. */
export async function freshDb(target: Target): Promise<{ url: string; db: Db }> {
  const url = target.freshUrl();
  await migrate(url);
  return { url, db: client(url) };
}

export async function cleanupDatabases() {
  await Promise.all(clients.splice(0).map((c) => c.$disconnect()));
  if (pgSchemas.length > 0) {
    const { pool } = pgAdapterOptions(env.TEST_POSTGRES_URL!);
    const admin = new pg.Client(pool);
    await admin.connect();
    for (const schema of pgSchemas.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}
