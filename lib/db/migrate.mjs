// Applies the committed SQL migrations. One runner for both databases, recording each migration in
// Prisma's own `_prisma_migrations` table with Prisma's checksum (SHA-256 of migration.sql), so
// `prisma migrate status` reads the same history. We do not call `prisma migrate deploy` because in
// Prisma 6.19's JavaScript engine it fails on PostgreSQL through @prisma/adapter-pg
// ("Column type 'name' could not be deserialized", prisma/prisma#27403).
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseProvider } from "../env.mjs";
import { pgAdapterOptions, sqliteFilePath } from "./url.mjs";

const root = path.resolve(import.meta.dirname, "../..");

/** @param {"sqlite" | "postgresql"} provider */
export function migrationsFor(provider) {
  const dir = path.join(root, provider === "sqlite" ? "prisma/migrations" : "prisma/postgres/migrations");
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** @typedef {{ name: string, sql: string, checksum: string }} Migration */
/** @typedef {{ migration_name: string, checksum: string }} AppliedRow */

/** @param {string} timestamp the SQL type of a timestamp column */
const historyTable = (timestamp) => `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" ${timestamp},
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" ${timestamp},
  "started_at" ${timestamp} NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** @param {AppliedRow[]} applied @param {Migration[]} migrations */
function checkHistory(applied, migrations) {
  for (const row of applied) {
    const known = migrations.find((m) => m.name === row.migration_name);
    if (!known)
      throw new Error(`Migration ${row.migration_name} is applied in the database but missing from the repository.`);
    if (known.checksum !== row.checksum)
      throw new Error(`Migration ${row.migration_name} was edited after it was applied.`);
  }
}

/**
 * Applies every pending migration; safe to run from several processes at once.
 * @param {string} url a DATABASE_URL
 * @param {{ until?: string }} [options] stop after the migration of that name (tests of a migration's data changes)
 * @returns {Promise<string[]>} the names of the migrations it applied
 */
export async function migrate(url, { until } = {}) {
  const provider = databaseProvider(url);
  const migrations = migrationsFor(provider).filter((m) => until === undefined || m.name <= until);
  return provider === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}

/** @param {string} url @param {Migration[]} migrations @returns {Promise<string[]>} */
async function migrateSqlite(url, migrations) {
  const { default: Database } = await import("better-sqlite3");
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL"); // persists in the file; every later connection uses WAL
    db.pragma("foreign_keys = ON");
    db.exec(historyTable("DATETIME"));
    /** @type {string[]} */
    const applied = [];
    // BEGIN IMMEDIATE takes the write lock first, so two starting servers apply each migration once.
    const apply = db.transaction(() => {
      const done = /** @type {AppliedRow[]} */ (
        db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`).all()
      );
      checkHistory(done, migrationsFor("sqlite"));
      for (const m of migrations) {
        if (done.some((d) => d.migration_name === m.name)) continue;
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES (?, ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, 1)`,
        ).run(randomUUID(), m.checksum, m.name);
        applied.push(m.name);
      }
    });
    apply.immediate();
    return applied;
  } finally {
    db.close();
  }
}

/** @param {string} url @param {Migration[]} migrations @returns {Promise<string[]>} */
async function migratePostgres(url, migrations) {
  const { default: pg } = await import("pg");
  const { pool, options } = pgAdapterOptions(url);
  const schema = options?.schema ?? "public";
  const client = new pg.Client(pool);
  await client.connect();
  try {
    await client.query("BEGIN");
    // One transaction under an advisory lock: concurrent starters wait, then find nothing to do.
    await client.query("SELECT pg_advisory_xact_lock(727274)");
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '""')}"`);
    await client.query(`SET LOCAL search_path TO "${schema.replaceAll('"', '""')}"`);
    await client.query(historyTable("TIMESTAMPTZ"));
    const { rows } = await client.query(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    const done = /** @type {AppliedRow[]} */ (rows);
    checkHistory(done, migrationsFor("postgresql"));
    const applied = [];
    for (const m of migrations) {
      if (done.some((d) => d.migration_name === m.name)) continue;
      await client.query(m.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      applied.push(m.name);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
