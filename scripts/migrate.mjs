// npm run db:migrate — applies pending migrations to DATABASE_URL (the SQLite file by default).
import { migrate } from "../lib/db/migrate.mjs";
import { env } from "../lib/env.mjs";

const applied = await migrate(env.DATABASE_URL);
console.log(
  applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.",
);
