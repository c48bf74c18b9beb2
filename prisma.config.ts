// Prisma CLI configuration: the JavaScript schema engine with a driver adapter (no native engine is
// downloaded). DATABASE_URL chooses the schema: SQLite by default, the generated PostgreSQL variant
// when it starts with postgres.
import fs from "node:fs";
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { pgAdapterOptions, sqliteFilePath } from "./lib/db/url.mjs";
import { databaseProvider, env } from "./lib/env.mjs";

const url = env.DATABASE_URL;
const postgres = databaseProvider(url) === "postgresql";

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  async adapter() {
    if (postgres) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const { pool, options } = pgAdapterOptions(url);
      return new PrismaPg(pool, options);
    }
    // On a fresh clone the data folder does not exist yet and SQLite cannot create the file.
    fs.mkdirSync(path.dirname(path.resolve(sqliteFilePath(url))), { recursive: true });
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
} satisfies PrismaConfig;
