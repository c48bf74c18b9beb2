// The one Prisma client. SQLite (better-sqlite3) by default; PostgreSQL when DATABASE_URL starts with
// postgres. Both generated clients come from the same models, so they share one type.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgAdapterOptions } from "./db-url.mjs";
import { databaseProvider, env } from "./env.mjs";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgres/client";

export type Db = PrismaClient;
export { Prisma } from "./generated/prisma/client";

/** A new client for a DATABASE_URL. The app uses `db`; tests make their own for other databases. */
export function createDb(url: string): Db {
  if (databaseProvider(url) === "postgresql") {
    const { pool, options } = pgAdapterOptions(url);
    return new PostgresPrismaClient({ adapter: new PrismaPg(pool, options) }) as unknown as Db;
  }
  // `timeout` is SQLite's busy timeout: wait up to 5 s for another writer instead of failing.
  // WAL mode is set on the file by lib/migrate.mjs and persists.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5_000 }) });
}

const globalForDb = globalThis as unknown as { db?: Db };

// Cached on globalThis so dev-server reloads do not open a new connection each time.
export const db: Db = globalForDb.db ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.db = db;

/** True when a Prisma error is a unique-constraint violation (the row is already there). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
