// Signing in on a server configured as deployers configure Auth.js (AUTH_URL, NEXTAUTH_URL,
// AUTH_TRUST_HOST), what the session endpoint tells page scripts, and a sign-in mail asked for with a
// forged Host. The servers here serve the build the e2e server already made, each on a data folder of
// its own, and send mail to the shared SMTP sink.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";
import { uniqueEmail, waitForMail } from "./mail";

test.describe.configure({ timeout: 120_000 });

// Migrates its data folder and serves the existing build. scripts/start.mjs would rebuild, since
// SITE_URL (derived from AUTH_URL here) is baked into the build's canonical URLs.
const launcher = `
const { env } = await import("./lib/env.mjs");
const { prepareData } = await import("./scripts/prepare-data.mjs");
await prepareData();
const { serve } = await import("./scripts/server.mjs");
await serve({ port: env.PORT, drainMs: 0, requestTimeoutMs: env.REQUEST_TIMEOUT_SECONDS * 1000, siteUrl: env.SITE_URL });
`;

type Server = { child: ChildProcess; base: string; log: string };

async function startServer(port: number, extraEnv: Record<string, string>): Promise<Server> {
  const dataDir = `data/e2e-auth-${port}`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const log = path.join(dataDir, "server.log");
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, ["--input-type=module", "-e", launcher], {
    stdio: ["ignore", out, out],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: dataDir,
      SMTP_URL: "smtp://127.0.0.1:2525",
      SHUTDOWN_DRAIN_SECONDS: "0",
      ...extraEnv,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${fs.readFileSync(log, "utf8")}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base, log };
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error("server did not become healthy");
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stopServer({ child }: Server) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Signs in through the mail, then returns what page scripts read from the session endpoint. */
async function signInAndReadSession(browser: Browser, base: string, email: string) {
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    await signIn(page, email, base);
    await expect(page).toHaveURL(`${base}/scenarios`);
    await expect(page.getByRole("heading", { name: "My scenarios" })).toBeVisible();
    const response = await page.request.get("/api/auth/session");
    expect(response.status()).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  } finally {
    await context.close();
  }
}

/** Only what the account menu needs: no session token, no user row. */
function expectMinimalSession(session: Record<string, unknown>, email: string) {
  expect(Object.keys(session).sort()).toEqual(["expires", "isAdmin", "user"]);
  expect(Object.keys(session.user as object).sort()).toEqual(["email", "id"]);
  expect(session).toMatchObject({ isAdmin: false, user: { email, id: expect.any(String) } });
  expect(Date.parse(session.expires as string)).toBeGreaterThan(Date.now());
  expect(JSON.stringify(session)).not.toMatch(/sessionToken|userId/);
}

const deployments: [string, number, Record<string, string>][] = [
  ["AUTH_URL", 3400, { AUTH_URL: "http://127.0.0.1:3400" }],
  ["NEXTAUTH_URL with Auth.js's path", 3401, { NEXTAUTH_URL: "http://127.0.0.1:3401/api/auth" }],
  ["AUTH_TRUST_HOST=true", 3402, { AUTH_TRUST_HOST: "true", SITE_URL: "http://localhost:3000" }],
  [
    "AUTH_URL, SITE_URL and AUTH_TRUST_HOST=true together",
    3403,
    { AUTH_URL: "http://127.0.0.1:3403", SITE_URL: "http://127.0.0.1:3403/", AUTH_TRUST_HOST: "true" },
  ],
];

for (const [name, port, extraEnv] of deployments) {
  test(`a reader signs in on a server started with ${name}`, async ({ browser }) => {
    const server = await startServer(port, extraEnv);
    try {
      const email = uniqueEmail(`deploy-${port}`);
      const session = await signInAndReadSession(browser, server.base, email);
      expectMinimalSession(session, email);
    } finally {
      await stopServer(server);
    }
    const log = fs.readFileSync(server.log, "utf8");
    expect(log).not.toContain('"status":500');
    expect(log).not.toContain("nextUrl");
  });
}

test("the session endpoint gives page scripts the user's id and address, whether admin, and the expiry: never the session token", async ({
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("session-json");
  expectMinimalSession(await signInAndReadSession(browser, baseURL!, email), email);
});

/** Sends a form as a script would, straight to the server, with the headers given. */
function postRaw(base: string, pathAndQuery: string, headers: Record<string, string>, body: Buffer) {
  return new Promise<number>((resolve, reject) => {
    const url = new URL(pathAndQuery, base);
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: "POST", headers },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

test("a sign-in link asked for with a forged Host names only SITE_URL's host in the mail", async ({
  page,
  baseURL,
}) => {
  const email = uniqueEmail("forged-host");
  await page.goto("/signin?callbackUrl=%2Fscenarios");
  // The form's fields as a browser without JavaScript would send them (the server action's id included).
  const fields = await page
    .locator("main form")
    .first()
    .evaluate((form) => [...new FormData(form as HTMLFormElement)].map(([k, v]) => [k, String(v)]));
  const form = new FormData();
  for (const [key, value] of fields) form.append(key!, key === "email" ? email : value!);
  const encoded = new Request("http://encode.invalid", { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const since = Date.now();
  const status = await postRaw(
    baseURL!,
    "/signin?callbackUrl=%2Fscenarios",
    {
      Host: "evil.example",
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-Proto": "https",
      // The Origin agrees with the forged Host (the server's same-site rule takes SITE_URL's scheme), so the
      // request gets past the origin checks, as it would behind a proxy that passes any Host through.
      Origin: "http://evil.example",
      "Content-Type": encoded.headers.get("content-type")!,
      "Content-Length": String(body.length),
    },
    body,
  );
  expect(status).toBeLessThan(400);

  const mail = await waitForMail(email, /sign-in link/, 10_000, since);
  expect(mail.text).toContain("/signin/verify?");
  // Every URL in the mail, and every URL inside their query strings.
  const urls = [...`${mail.text}\n${mail.html.replaceAll("&amp;", "&")}`.matchAll(/https?:\/\/[^\s"<>]+/g)].map(
    (m) => m[0],
  );
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) {
    const parsed = new URL(url);
    expect(parsed.origin).toBe("http://localhost:3000"); // the e2e server's SITE_URL
    for (const value of parsed.searchParams.values()) expect(value).not.toContain("evil.example");
  }
  expect(`${mail.text}${mail.html}${mail.raw.toString("utf8").replace(/=\r?\n/g, "")}`).not.toContain("evil.example");
});
