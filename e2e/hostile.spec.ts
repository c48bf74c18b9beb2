// A hostile client against the production build: malformed paths, methods, hosts and request targets,
// forged server actions and callback URLs. No answer is a 500, every answer carries nosniff (and a
// Content-Security-Policy when it is HTML), and nothing the requests carried was stored.
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

const PORT = 3100; // the e2e server (playwright.config.ts)
const ORIGIN = `http://127.0.0.1:${PORT}`;

type Answer = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends one request as given, with Node's HTTP client: unlike fetch it sends any method (TRACE), any
 * request target (`*`, absolute-form) and a malformed Host.
 */
function request(method: string, target: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({
      host: "127.0.0.1",
      port: PORT,
      method,
      path: target,
      headers: { host: `127.0.0.1:${PORT}`, connection: "close", ...headers },
      setHost: false,
    });
    outgoing.on("error", reject);
    outgoing.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => {
        const flat = Object.fromEntries(
          Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
        );
        resolve({ status: response.statusCode ?? 0, headers: flat, body: text });
      });
    });
    outgoing.end(body);
  });
}

/** Every answer: not a 500, nosniff, and a policy when it is HTML. */
function expectHardened(what: string, answer: Answer) {
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
  if (/html/.test(answer.headers["content-type"] ?? ""))
    expect(answer.headers["content-security-policy"], what).toContain("script-src");
}

const HOSTILE = `hostile-${Date.now()}`;
const db = () => new Database(path.resolve("data/e2e/app.db"), { readonly: true, fileMustExist: true });
/** Rows the probe's requests carried: none may be stored. */
function storedByProbe() {
  const connection = db();
  try {
    const count = (sql: string) => connection.prepare(sql).pluck().get(`%${HOSTILE}%`) as number;
    return {
      subscribers: count(`SELECT COUNT(*) FROM "Subscriber" WHERE email LIKE ?`),
      users: count(`SELECT COUNT(*) FROM "User" WHERE email LIKE ?`),
      tokens: count(`SELECT COUNT(*) FROM "VerificationToken" WHERE identifier LIKE ?`),
    };
  } finally {
    connection.close();
  }
}

test("malformed requests get a 4xx with the security headers, never a 500", async () => {
  const probes: [string, Promise<Answer>, number][] = [
    // item 5: malformed percent-escapes
    ...["/%ff", "/api/v1/calculators/%ff", "/glossary/%E0%A4%A", "/s/%ff", "/%"].map(
      (p): [string, Promise<Answer>, number] => [`GET ${p}`, request("GET", p), 400],
    ),
    // item 6: dot segments in the Markdown rewrite
    ["GET /glossary/..md", request("GET", "/glossary/..md"), 404],
    ["GET /glossary/%2e.md", request("GET", "/glossary/%2e.md"), 404],
    ["GET /glossary/kv-cache.md", request("GET", "/glossary/kv-cache.md"), 200],
    // item 7: methods and request targets
    ["OPTIONS *", request("OPTIONS", "*"), 400],
    ["GET absolute-form", request("GET", "http://evil.example/"), 400],
    ["TRACE /", request("TRACE", "/"), 405],
    ["TRACE /api/health", request("TRACE", "/api/health"), 405],
    ["HEAD /api/auth/session", request("HEAD", "/api/auth/session"), 200],
    // item 8: hosts
    ...["a b", "[::1", "exa%mple.com", "example.com:port", "@evil.example"].map(
      (host): [string, Promise<Answer>, number] => [`Host: ${host}`, request("GET", "/", { host }), 400],
    ),
    // item 8: Auth.js's callback URL (query and cookie)
    ["callbackUrl=javascript: on signin", request("GET", "/api/auth/signin?callbackUrl=javascript:alert(1)"), 400],
    [
      "callbackUrl=javascript: on providers",
      request("GET", "/api/auth/providers?callbackUrl=javascript%3Aalert(1)"),
      400,
    ],
    ["callbackUrl=javascript: on csrf", request("GET", "/api/auth/csrf?callbackUrl=javascript:alert(1)"), 400],
    [
      "callback-url cookie javascript:",
      request("GET", "/api/auth/session", { Cookie: "authjs.callback-url=javascript:alert(1)" }),
      200,
    ],
    // item 9: 404s under paths that look like built assets
    ...["/favicon.icox", "/favicon.ico", "/_next/staticx", "/_next/imagex", "/_next/x"].map(
      (p): [string, Promise<Answer>, number] => [`GET ${p}`, request("GET", p), 404],
    ),
  ];
  for (const method of ["PUT", "DELETE", "PATCH"]) {
    for (const p of [
      "/",
      "/glossary/kv-cache",
      "/scenarios",
      "/signin",
      "/calculators/margin",
      "/api/health",
      "/api/newsletter/subscribe",
    ]) {
      probes.push([`${method} ${p}`, request(method, p), 405]);
    }
  }
  for (const [what, answer, status] of probes) {
    const a = await answer;
    expectHardened(what, a);
    expect(a.status, what).toBe(status);
    if (status === 405) expect(a.headers.allow, what).toMatch(/GET|POST/);
    if (status >= 400 && status !== 404 && /json/.test(a.headers["content-type"] ?? ""))
      expect(JSON.parse(a.body).error.issues[0].param, what).toBeTruthy();
  }
});

test("route handlers' 405s name the methods they accept, in JSON", async () => {
  const post = await request("POST", "/api/health", { "Content-Type": "application/json" }, "{}");
  expectHardened("POST /api/health", post);
  expect([post.status, post.headers.allow]).toEqual([405, "GET, HEAD, OPTIONS"]);
  expect(JSON.parse(post.body).error.issues).toEqual([{ param: "(method)", message: "POST is not accepted here" }]);
  const get = await request("GET", "/api/newsletter/subscribe");
  expectHardened("GET /api/newsletter/subscribe", get);
  expect([get.status, get.headers.allow]).toEqual([405, "OPTIONS, POST"]);
  expect(JSON.parse(get.body).error.issues[0].param).toBe("(method)");
  // Next.js's own OPTIONS answer agrees.
  expect((await request("OPTIONS", "/api/health")).headers.allow).toBe("GET, HEAD, OPTIONS");
  expect((await request("OPTIONS", "/api/newsletter/subscribe")).headers.allow).toBe("OPTIONS, POST");
});

test("server actions from another site, too large or unsized are refused before they run; nothing is stored", async ({
  request: http,
}) => {
  // The newsletter form posted without JavaScript (multipart, no Next-Action header: still an action),
  // and as the page's JavaScript posts it (with Next-Action).
  const html = await (await http.get("/newsletter")).text();
  const actionId = /name="\$ACTION_\d+:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)/.exec(html)?.[1];
  expect(actionId).toBeTruthy();
  const form = (email: string) => `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n${email}\r\n--x--\r\n`;
  const action = (headers: Record<string, string>, body: string) =>
    request("POST", "/newsletter", { "Content-Type": "multipart/form-data; boundary=x", ...headers }, body);

  const script = await action(
    { Origin: "https://evil.example", "Next-Action": actionId! },
    form(`${HOSTILE}-script@example.com`),
  );
  expectHardened("forged Origin with Next-Action", script);
  expect(script.status).toBe(403);
  const forged = await action({ Origin: "https://evil.example" }, form(`${HOSTILE}-forged@example.com`));
  expectHardened("forged Origin", forged);
  expect(forged.status).toBe(403);
  const crossSite = await action({ "Sec-Fetch-Site": "cross-site" }, form(`${HOSTILE}-cross@example.com`));
  expect(crossSite.status).toBe(403);
  const large = await action({ Origin: ORIGIN }, form(`${HOSTILE}-large@example.com`) + "a".repeat(2_000_000));
  expectHardened("large action", large);
  expect(large.status).toBe(413);
  const unsized = await request(
    "POST",
    "/newsletter",
    { "Next-Action": actionId!, Origin: ORIGIN, "Transfer-Encoding": "chunked" },
    "",
  );
  expect(unsized.status).toBe(411);

  const signup = await http.post("/api/newsletter/subscribe", {
    headers: { Origin: "https://evil.example" },
    data: { email: `${HOSTILE}-api@example.com` },
  });
  expect(signup.status()).toBe(403);
  expect(storedByProbe()).toEqual({ subscribers: 0, users: 0, tokens: 0 });
});

// Item 11: numbers are plain decimals, and __proto__ / constructor are unknown parameters like any other.
const INPUT_PROBES: [string, string][] = [
  ["contextTokens=0x10", "contextTokens"],
  ["contextTokens=0b1", "contextTokens"],
  ["contextTokens=%2B5", "contextTokens"],
  ["contextTokens=%205", "contextTokens"],
  ["contextTokens=5.", "contextTokens"],
  ["contextTokens=1e-400", "contextTokens"],
  ["contextTokens=1e400", "contextTokens"],
  ["__proto__=1", "__proto__"],
  ["constructor=1", "constructor"],
];

test("calculator API inputs that are not plain decimals, or are prototype keys, get a 400 naming the parameter", async () => {
  for (const [query, param] of INPUT_PROBES) {
    const url = `/api/v1/calculators/gpu-memory?${query}`;
    const answer = await request("GET", url);
    expectHardened(url, answer);
    expect(answer.status, url).toBe(400);
    const issues = (JSON.parse(answer.body) as { error: { issues: { param: string }[] } }).error.issues;
    expect(
      issues.map((i) => i.param),
      url,
    ).toContain(param);
  }
});
