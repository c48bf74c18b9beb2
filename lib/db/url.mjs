// Turns a DATABASE_URL into driver-adapter options. Shared by lib/db/index.ts and prisma.config.ts.

/**
 * PostgreSQL: Prisma's `?schema=` parameter is not a libpq option, so it moves to the adapter.
 * @param {string} url
 */
export function pgAdapterOptions(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  // Without a connect timeout, a database host that stops answering would hold every request forever.
  const pool = { connectionString: parsed.toString(), connectionTimeoutMillis: 5_000 };
  if (!schema) return { pool, options: undefined };
  // The adapter names the schema in the queries it builds; raw SQL finds it through the search path.
  const searchPath = `"${schema.replaceAll('"', '""')}"`.replace(/[\\\s]/g, "\\$&");
  return { pool: { ...pool, options: `-c search_path=${searchPath}` }, options: { schema } };
}

/**
 * SQLite: the file path from a `file:` URL, relative paths resolved against the working directory.
 * @param {string} url
 */
export function sqliteFilePath(url) {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
