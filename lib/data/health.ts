// The database check behind /api/health.
import "server-only";
import { db } from "@/lib/db";

const ANSWER_WITHIN_MS = 3_000;

/** True when the database answers a trivial query within 3 s. */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ANSWER_WITHIN_MS)));
  try {
    return await Promise.race([db.subscriber.count({ take: 1 }).then(() => true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
