// The only module that reads process.env. next.config.mjs imports it first, so a bad environment
// fails `next build` and `npm start` before anything else runs.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const databaseUrl = z
  .string()
  .trim()
  .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
    message: 'must start with "file:" (SQLite) or "postgres://" / "postgresql://"',
  });

const absoluteUrl = z.url({ message: "must be an absolute URL such as https://example.com", abort: true });

/** Auth.js's variables for the site's public URL: its origin, optionally with Auth.js's path, which is /api/auth here. */
const authUrl = absoluteUrl.refine((v) => ["/", "/api/auth", "/api/auth/"].includes(new URL(v).pathname), {
  message: "must be the site's origin, such as https://example.com (Auth.js answers under /api/auth here)",
});

const origin = (/** @type {string | undefined} */ url) => (url ? new URL(url).origin : undefined);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Folder for the SQLite file, generated secrets and the mail outbox. Git-ignores `data/`. */
    DATA_DIR: z.string().min(1).default("data"),
    DATABASE_URL: databaseUrl.optional(),
    /** Public origin used for canonical URLs and links in mail. Unset: AUTH_URL's or NEXTAUTH_URL's origin, else localhost. */
    SITE_URL: absoluteUrl.optional(),
    /** Auth.js's name for the public URL (next-auth also reads it itself); must agree with SITE_URL. */
    AUTH_URL: authUrl.optional(),
    /** next-auth 4's name for AUTH_URL. */
    NEXTAUTH_URL: authUrl.optional(),
    /** Auth.js's switch for trusting the Host header. The site sets Auth.js's trustHost itself (docs/deploying.md). */
    AUTH_TRUST_HOST: z.stringbool({ error: 'must be "true" or "false"' }).optional(),
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
      .transform((v) =>
        v
          .split(",")
          .map((a) => a.trim().toLowerCase())
          .filter(Boolean),
      )
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
  // One public origin: Auth.js builds its URLs from AUTH_URL (or NEXTAUTH_URL), the site from SITE_URL.
  .refine((e) => !e.AUTH_URL || !e.NEXTAUTH_URL || origin(e.AUTH_URL) === origin(e.NEXTAUTH_URL), {
    message: "AUTH_URL and NEXTAUTH_URL name different origins: set only AUTH_URL",
    path: ["NEXTAUTH_URL"],
  })
  .refine((e) => !e.SITE_URL || ![e.AUTH_URL, e.NEXTAUTH_URL].some((u) => u && origin(u) !== origin(e.SITE_URL)), {
    message:
      "SITE_URL and AUTH_URL / NEXTAUTH_URL name different origins: set SITE_URL alone, or AUTH_URL to SITE_URL's origin",
    path: ["SITE_URL"],
  })
  .transform(({ NEXTAUTH_URL, ...e }) => {
    const authOrigin = origin(e.AUTH_URL ?? NEXTAUTH_URL);
    return {
      ...e,
      DATABASE_URL:
        e.DATABASE_URL ?? `file:${path.isAbsolute(e.DATA_DIR) ? "" : "./"}${e.DATA_DIR.replace(/\/+$/, "")}/app.db`,
      SITE_URL: (e.SITE_URL ?? authOrigin ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
      /** The origin AUTH_URL or NEXTAUTH_URL pins Auth.js to (equal to SITE_URL's), or undefined. */
      AUTH_URL: authOrigin,
    };
  });

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
 * Where start-up (scripts/prepare-data.mjs, run by npm run dev, npm start and npm run build) keeps the
 * secret it generates when AUTH_SECRET is not set.
 * @param {{ DATA_DIR: string }} [e]
 */
export const authSecretFile = (e = env) => path.resolve(e.DATA_DIR, "auth-secret");

/**
 * The auth secret: AUTH_SECRET when set, else the one start-up generated into the data folder. Reads
 * only; this module never writes.
 * @param {{ DATA_DIR: string, AUTH_SECRET?: string }} [e]
 */
export function authSecret(e = env) {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  const file = authSecretFile(e);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    throw new Error(
      `AUTH_SECRET is not set and ${file} does not exist: set AUTH_SECRET, or run node scripts/prepare-data.mjs (npm run dev, npm start and npm run build do).`,
    );
  }
}
