// Fixed-window rate limits kept in the database, so they hold across server instances.
import "server-only";
import { createHash } from "node:crypto";
import { type Db, providerOf } from "@/lib/db/client";

export type Limit = { points: number; windowMs: number };

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function rateLimiter({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  // PostgreSQL deletes rows one lock at a time: concurrent deletes of overlapping rows would deadlock
  // (and wait a second to find out), so there each skips the rows another is deleting. SQLite has one writer.
  const prune =
    providerOf(db) === "postgresql"
      ? (key: string, at: Date) => db.$executeRaw`
          DELETE FROM "RateLimitHit" WHERE "key" IN (
            SELECT "key" FROM "RateLimitHit" WHERE "expiresAt" <= ${at} AND "key" IN (
              SELECT "key" FROM "RateLimitHit" WHERE "key" > ${key} ORDER BY "key" LIMIT 8
            ) FOR UPDATE SKIP LOCKED
          )`
      : (key: string, at: Date) => db.$executeRaw`
          DELETE FROM "RateLimitHit" WHERE "key" IN (
            SELECT "key" FROM (SELECT "key", "expiresAt" FROM "RateLimitHit" WHERE "key" > ${key} ORDER BY "key" LIMIT 8) AS "next"
            WHERE "expiresAt" <= ${at}
          )`;

  /**
   * Counts one hit in the current window with one atomic upsert (INSERT … ON CONFLICT DO UPDATE).
   * The subject (an address, an IP) is stored only as a hash. Returns false once over the limit.
   * Raw SQL (the same on SQLite and PostgreSQL) because it runs on every signup and sign-in, and
   * skips the query planning of Prisma's JavaScript engine.
   */
  return async function hit(scope: string, subject: string, { points, windowMs }: Limit): Promise<boolean> {
    const at = now();
    const window = Math.floor(at.getTime() / windowMs);
    const key = `${scope}:${sha256(subject).slice(0, 32)}:${window}`;
    const [row] = await db.$queryRaw<{ count: number | bigint }[]>`
      INSERT INTO "RateLimitHit" ("key", "count", "expiresAt") VALUES (${key}, 1, ${new Date((window + 1) * windowMs)})
      ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
      RETURNING "count"`;
    const count = Number(row!.count);
    // Only a new row grows the table, so each one removes the expired rows among the eight that follow
    // it in key order: bounded work per request, in a different place for each key (after the scope, a
    // key is a hash). Expired rows settle at about a seventh of the live ones.
    if (count === 1) await prune(key, at);
    return count <= points;
  };
}
