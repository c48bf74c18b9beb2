// The one Prisma client of the app: SQLite by default, PostgreSQL when DATABASE_URL starts with postgres.
import "server-only";
import { env } from "../env.mjs";
import { onShutdown } from "../server/state.mjs";
import { createDb, type Db } from "./client";

export { createDb, type Db, isRecordNotFound, isUniqueViolation } from "./client";
export { Prisma } from "../generated/prisma/client";

const globalForDb = globalThis as unknown as { db?: Db };

// Cached on globalThis so dev-server reloads do not open a new connection each time.
export const db: Db = globalForDb.db ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.db = db;
// Closed once the server has answered its last request (SQLite folds its write-ahead log back in).
onShutdown(() => db.$disconnect());
