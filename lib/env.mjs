// The only module that reads process.env. next.config.mjs imports it first, so a bad environment
// fails `next build` and `npm start` before anything else runs.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const databaseUrl = z
  .string()
  .trim()
  .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
    message: 'must start with "file:" (SQLite) or "postgres://" / "postgresql://"',
  });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Folder for the SQLite file, generated secrets and the mail outbox. Git-ignores `data/`. */
    DATA_DIR: z.string().min(1).default("data"),
    DATABASE_URL: databaseUrl.optional(),
    /** Public origin used for canonical URLs and links in mail. */
    SITE_URL: z.url({ message: "must be an absolute URL such as https://example.com" }).optional(),
    AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
    /** smtp://user:pass@host:587 or smtps://…; unset: mail is written as .eml files to DATA_DIR/outbox. */
    SMTP_URL: z
      .string()
      .refine((v) => /^smtps?:\/\//.test(v), { message: 'must start with "smtp://" or "smtps://"' })
      .optional(),
    MAIL_FROM: z.string().min(3).default("Inference Economics <newsletter@localhost>"),
    /** The header a trusted reverse proxy sets to the client IP (e.g. x-forwarded-for). Unset: no per-IP limits. */
    TRUSTED_PROXY_HEADER: z
      .string()
      .regex(/^[a-z0-9-]+$/i, { message: "must be a header name such as x-forwarded-for" })
      .transform((v) => v.toLowerCase())
      .optional(),
    /** Comma-separated addresses whose signed-in users see the newsletter admin. Unset: nobody does. */
    ADMIN_EMAILS: z
      .string()
      .transform((v) => v.split(",").map((a) => a.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.email({ message: "must be a comma-separated list of email addresses" })))
      .default([]),
    /** GitHub OAuth app credentials; both set: "Sign in with GitHub" is offered. */
    GITHUB_ID: z.string().min(1).optional(),
    GITHUB_SECRET: z.string().min(1).optional(),
    /** On SIGTERM, keep serving this long (with /api/health at 503) before closing. */
    SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(120).default(5),
    /** A client gets this long to send a whole request (scripts/server.mjs), at most 10 s of it for the headers. */
    REQUEST_TIMEOUT_SECONDS: z.coerce.number().min(1).max(300).default(30),
    /** Set by CI runners; the test suite then refuses to skip the PostgreSQL tests. */
    CI: z.stringbool().default(false),
    /** Set by CI and by developers to run the database tests on PostgreSQL too. */
    TEST_POSTGRES_URL: databaseUrl.optional(),
  })
  .refine((e) => Boolean(e.GITHUB_ID) === Boolean(e.GITHUB_SECRET), {
    message: "set both GITHUB_ID and GITHUB_SECRET, or neither",
    path: ["GITHUB_SECRET"],
  })
  .transform((e) => ({
    ...e,
    DATABASE_URL: e.DATABASE_URL ?? `file:${path.isAbsolute(e.DATA_DIR) ? "" : "./"}${e.DATA_DIR.replace(/\/+$/, "")}/app.db`,
    SITE_URL: (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
  }));

/**
 * Validates an environment. Throws one Error that names every bad variable.
 * @param {Record<string, string | undefined>} source
 */
export function parseEnv(source) {
  // Empty strings count as unset, as most shells and .env files mean them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(environment)"}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** @param {string} url */
export function databaseProvider(url) {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

export const env = parseEnv(process.env);

/**
 * The auth secret: AUTH_SECRET when set, else a random one generated once into the data folder.
 * @param {{ DATA_DIR: string, AUTH_SECRET?: string, NODE_ENV: string }} [e]
 */
export function authSecret(e = env) {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  const file = path.resolve(e.DATA_DIR, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
      console.warn(`[env] AUTH_SECRET is not set: generated one into ${file}. Set AUTH_SECRET in production.`);
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
    return secret;
  }
}
