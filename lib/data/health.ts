// The database check behind /api/health.
import "server-only";
import { db } from "@/lib/db";

/** True when the database answers a trivial query. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.subscriber.count({ take: 1 });
    return true;
  } catch {
    return false;
  }
}
