// Drops the schema named in DATABASE_URL's ?schema= (the multi-instance end-to-end tests start each run
// on an empty one). Refuses URLs without an explicit schema, so it cannot empty "public" by accident.
import pg from "pg";
import { pgAdapterOptions } from "../lib/db/url.mjs";
import { env } from "../lib/env.mjs";

const { pool, options } = pgAdapterOptions(env.DATABASE_URL);
if (!options?.schema || options.schema === "public") {
  console.error("drop-pg-schema: DATABASE_URL must name a schema other than public with ?schema=");
  process.exit(1);
}
const client = new pg.Client(pool);
await client.connect();
await client.query(`DROP SCHEMA IF EXISTS "${options.schema.replaceAll('"', '""')}" CASCADE`);
await client.end();
console.log(`[drop-pg-schema] dropped ${options.schema}`);
