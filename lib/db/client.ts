// Creates Prisma clients for a DATABASE_URL. The app uses the single instance in lib/db/index.ts; scripts
// and tests that run outside Next.js create their own here.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "../env.mjs";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgres/client";
import { PrismaClient } from "../generated/prisma/client";
import { pgAdapterOptions } from "./url.mjs";

export type Db = PrismaClient;

const prismaCode = (error: unknown) =>
  typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;

/** True when a Prisma error is a unique-constraint violation (the row is already there). */
export const isUniqueViolation = (error: unknown) => prismaCode(error) === "P2002";

/** True when a Prisma update or delete found no row matching its where clause. */
export const isRecordNotFound = (error: unknown) => prismaCode(error) === "P2025";

const providers = new WeakMap<Db, "sqlite" | "postgresql">();

/** The database behind a client, for the rare statement whose SQL must differ. */
export const providerOf = (db: Db) => providers.get(db) ?? "sqlite";

/** SQLite (better-sqlite3) for file: URLs, PostgreSQL otherwise. Both generated clients share one type. */
export function createDb(url: string): Db {
  if (databaseProvider(url) === "postgresql") {
    const { pool, options } = pgAdapterOptions(url);
    const db = new PostgresPrismaClient({ adapter: new PrismaPg(pool, options) }) as unknown as Db;
    providers.set(db, "postgresql");
    return db;
  }
  // `timeout` is SQLite's busy timeout: wait up to 5 s for another writer instead of failing.
  // WAL mode is set on the file by lib/db/migrate.mjs and persists.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5_000 }) });
}
