// Fixed-window rate limits kept in the database, so they hold across server instances.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db-client";

export type Limit = { points: number; windowMs: number };

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function rateLimiter(db: Db, now: () => Date = () => new Date()) {
  /**
   * Counts one hit in the current window with one atomic upsert (INSERT … ON CONFLICT DO UPDATE).
   * The subject (an address, an IP) is stored only as a hash. Returns false once over the limit.
   */
  return async function hit(scope: string, subject: string, { points, windowMs }: Limit): Promise<boolean> {
    const window = Math.floor(now().getTime() / windowMs);
    const key = `${scope}:${sha256(subject).slice(0, 32)}:${window}`;
    const row = await db.rateLimitHit.upsert({
      where: { key },
      create: { key, count: 1, expiresAt: new Date((window + 1) * windowMs) },
      update: { count: { increment: 1 } },
    });
    return row.count <= points;
  };
}
