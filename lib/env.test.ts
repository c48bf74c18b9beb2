import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ensureAuthSecret } from "@/scripts/prepare-data.mjs";
import { authSecret, databaseProvider, parseEnv } from "./env.mjs";

describe("parseEnv", () => {
  it("starts with no environment at all, on the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe("data");
    expect(env.DATABASE_URL).toBe("file:./data/app.db");
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.NODE_ENV).toBe("development");
  });

  it("derives the defaults from PORT and DATA_DIR", () => {
    const env = parseEnv({ PORT: "8080", DATA_DIR: "/var/lib/ie/" });
    expect(env.SITE_URL).toBe("http://localhost:8080");
    expect(env.DATABASE_URL).toBe("file:/var/lib/ie/app.db");
    expect(parseEnv({ DATA_DIR: "tmp/e2e" }).DATABASE_URL).toBe("file:./tmp/e2e/app.db");
  });

  it("treats empty strings as unset and trims a trailing slash from SITE_URL", () => {
    const env = parseEnv({ DATABASE_URL: "", SITE_URL: "https://example.com/" });
    expect(env.DATABASE_URL).toBe("file:./data/app.db");
    expect(env.SITE_URL).toBe("https://example.com");
  });

  it("takes a PostgreSQL URL", () => {
    const url = "postgresql://u@db.internal:5432/app";
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    expect(databaseProvider(url)).toBe("postgresql");
    expect(databaseProvider("file:./x.db")).toBe("sqlite");
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: must start with"],
    [{ PORT: "http" }, "PORT:"],
    [{ PORT: "70000" }, "PORT:"],
    [{ SITE_URL: "example.com" }, "SITE_URL: must be an absolute URL"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET: must be at least 32 characters"],
    [{ NODE_ENV: "staging" }, "NODE_ENV:"],
  ])("rejects %o naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("reads ADMIN_EMAILS as a trimmed, lower-cased list and names a bad entry", () => {
    expect(parseEnv({}).ADMIN_EMAILS).toEqual([]);
    expect(parseEnv({ ADMIN_EMAILS: " Ada@Example.com, ,bob@example.org " }).ADMIN_EMAILS).toEqual([
      "ada@example.com",
      "bob@example.org",
    ]);
    expect(() => parseEnv({ ADMIN_EMAILS: "ada@example.com,not-an-address" })).toThrow(
      /ADMIN_EMAILS\.1: must be a comma-separated list of email addresses/,
    );
  });

  it("wants GITHUB_ID and GITHUB_SECRET together", () => {
    expect(parseEnv({ GITHUB_ID: "id", GITHUB_SECRET: "secret" })).toMatchObject({
      GITHUB_ID: "id",
      GITHUB_SECRET: "secret",
    });
    expect(() => parseEnv({ GITHUB_ID: "id" })).toThrow(
      /GITHUB_SECRET: set both GITHUB_ID and GITHUB_SECRET, or neither/,
    );
    expect(() => parseEnv({ GITHUB_SECRET: "secret" })).toThrow(/GITHUB_SECRET: set both/);
  });

  it("takes SITE_URL from AUTH_URL or NEXTAUTH_URL when SITE_URL is unset, with or without Auth.js's path", () => {
    expect(parseEnv({ AUTH_URL: "https://example.com" })).toMatchObject({
      SITE_URL: "https://example.com",
      AUTH_URL: "https://example.com",
    });
    expect(parseEnv({ NEXTAUTH_URL: "https://example.com/api/auth" })).toMatchObject({
      SITE_URL: "https://example.com",
      AUTH_URL: "https://example.com",
    });
    expect(
      parseEnv({ AUTH_URL: "http://127.0.0.1:3400/", NEXTAUTH_URL: "http://127.0.0.1:3400/api/auth/" }),
    ).toMatchObject({ SITE_URL: "http://127.0.0.1:3400", AUTH_URL: "http://127.0.0.1:3400" });
    expect(parseEnv({ SITE_URL: "https://example.com/", AUTH_URL: "https://example.com/api/auth" })).toMatchObject({
      SITE_URL: "https://example.com",
      AUTH_URL: "https://example.com",
    });
    expect(parseEnv({ SITE_URL: "https://example.com" }).AUTH_URL).toBeUndefined();
  });

  it.each([
    [
      { SITE_URL: "https://example.com", AUTH_URL: "https://auth.example.com" },
      "SITE_URL: SITE_URL and AUTH_URL / NEXTAUTH_URL name different origins",
    ],
    [
      { SITE_URL: "https://example.com", NEXTAUTH_URL: "http://example.com" },
      "SITE_URL: SITE_URL and AUTH_URL / NEXTAUTH_URL name different origins",
    ],
    [
      { AUTH_URL: "https://example.com", NEXTAUTH_URL: "https://example.org" },
      "NEXTAUTH_URL: AUTH_URL and NEXTAUTH_URL name different origins",
    ],
    [{ AUTH_URL: "https://example.com/auth" }, "AUTH_URL: must be the site's origin"],
    [{ NEXTAUTH_URL: "example.com" }, "NEXTAUTH_URL: must be an absolute URL"],
    [{ AUTH_TRUST_HOST: "sometimes" }, 'AUTH_TRUST_HOST: must be "true" or "false"'],
  ])("refuses Auth.js's variables when they disagree with the site: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("reads AUTH_TRUST_HOST as a boolean", () => {
    expect(parseEnv({ AUTH_TRUST_HOST: "true" }).AUTH_TRUST_HOST).toBe(true);
    expect(parseEnv({ AUTH_TRUST_HOST: "false" }).AUTH_TRUST_HOST).toBe(false);
    expect(parseEnv({}).AUTH_TRUST_HOST).toBeUndefined();
  });

  it("names every bad variable in one error", () => {
    expect(() => parseEnv({ PORT: "x", SITE_URL: "y" })).toThrow(/PORT:[\s\S]*SITE_URL:/);
  });
});

describe("authSecret", () => {
  it("start-up generates a secret once into the data folder, with a warning; authSecret reads it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "env-test-"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const e = { DATA_DIR: dir, NODE_ENV: "production" };
    ensureAuthSecret(e);
    const first = authSecret(e);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(warn).toHaveBeenCalledOnce();
    ensureAuthSecret(e);
    expect(authSecret(e)).toBe(first);
    expect(warn).toHaveBeenCalledOnce();
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    warn.mockRestore();
  });

  it("prefers AUTH_SECRET and writes nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "env-test-"));
    const secret = "s".repeat(40);
    const e = { DATA_DIR: dir, NODE_ENV: "production", AUTH_SECRET: secret };
    ensureAuthSecret(e);
    expect(authSecret(e)).toBe(secret);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("reads only: with neither AUTH_SECRET nor the file, it says how to get one and writes nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "env-test-"));
    expect(() => authSecret({ DATA_DIR: dir })).toThrow(/AUTH_SECRET is not set[\s\S]*prepare-data/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
