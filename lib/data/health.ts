// The database check behind /api/health.
import "server-only";
import type { Db } from "@/lib/db/client";

const ANSWER_WITHIN_MS = 3_000;

export function healthCheck({ db }: { db: Db }) {
  return {
    /** True when the database answers a trivial query within 3 s. */
    async databaseAnswers(): Promise<boolean> {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ANSWER_WITHIN_MS)));
      try {
        return await Promise.race([db.subscriber.count({ take: 1 }).then(() => true), late]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export type HealthCheck = ReturnType<typeof healthCheck>;
