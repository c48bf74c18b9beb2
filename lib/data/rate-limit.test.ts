// Rate-limit counters against a real database (SQLite, and PostgreSQL when configured).
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases, freshDb, targets } from "@/lib/testing/databases";
import { rateLimiter } from "./rate-limit";

afterAll(cleanupDatabases);

describe.each(targets)("rate limits on $name", (target) => {
  it("counts hits per subject and window", async () => {
    const { db } = await freshDb(target);
    let clock = Date.parse("2026-11-27T10:00:00Z");
    const hit = rateLimiter({ db, now: () => new Date(clock) });
    const limit = { points: 2, windowMs: 60_000 };
    expect([await hit("s", "a", limit), await hit("s", "a", limit), await hit("s", "a", limit)]).toEqual([true, true, false]);
    expect(await hit("s", "b", limit)).toBe(true);
    clock += 60_000;
    expect(await hit("s", "a", limit)).toBe(true); // a new window
  });

  it("stays bounded under 10,000 distinct keys: expired rows are pruned as new ones arrive", async () => {
    const { db } = await freshDb(target);
    let clock = Date.parse("2026-11-27T10:00:00Z");
    const hit = rateLimiter({ db, now: () => new Date(clock) });
    const limit = { points: 5, windowMs: 1_000 };
    let largest = 0;
    // 100 distinct subjects per 1-second window, for 100 windows.
    for (let window = 0; window < 100; window++) {
      await Promise.all(Array.from({ length: 100 }, (_, i) => hit("scan", `${window}-${i}`, limit)));
      clock += 1_000;
      largest = Math.max(largest, await db.rateLimitHit.count());
    }
    // Without pruning the table would hold all 10,000 rows; with it, about the last window's 100.
    expect(largest).toBeLessThanOrEqual(200);
    expect(await db.rateLimitHit.count({ where: { expiresAt: { lte: new Date(clock - 2_000) } } })).toBeLessThanOrEqual(20);
  }, 120_000);
});
