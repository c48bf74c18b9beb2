// Fixed-window rate limits kept in the database, so they hold across server instances.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db-client";

export type Limit = { points: number; windowMs: number };

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function rateLimiter(db: Db, now: () => Date = () => new Date()) {
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
    // Only a new row grows the table, so each one removes up to two expired rows: bounded work per
    // request, and more than one so the table shrinks back to the live windows after a burst of keys.
    if (count === 1) {
      await db.$executeRaw`
        DELETE FROM "RateLimitHit" WHERE "key" IN (
          SELECT "key" FROM "RateLimitHit" WHERE "expiresAt" <= ${at} LIMIT 2
        )`;
    }
    return count <= points;
  };
}
