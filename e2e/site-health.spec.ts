import { expect, test } from "@playwright/test";

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const url of ["/", "/glossary/kv-cache", "/api/v1/terms", "/calculators/margin?pricePerM=1&costPerM=0.5"]) {
    const response = await request.get(url);
    const h = response.headers();
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(h["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], url).toContain("object-src 'none'");
    expect(h["permissions-policy"], url).toContain("camera=()");
    expect(h["x-powered-by"], url).toBeUndefined();
    expect(h["content-security-policy"], url).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
    expect(h["content-security-policy"], url).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  }
});

test("static pages keep their hashes and stay static; per-request pages get a fresh nonce that Next.js uses", async ({
  request,
}) => {
  const term = await request.get("/glossary/kv-cache");
  expect(term.headers()["x-nextjs-cache"] ?? term.headers()["x-nextjs-prerender"]).toBeTruthy();
  expect(term.headers()["content-security-policy"]).not.toContain("nonce-");
  const first = await request.get("/calculators/margin");
  const second = await request.get("/calculators/margin");
  const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
  const nonce = nonceOf(first.headers()["content-security-policy"]!);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(nonce);
  expect(await first.text()).toContain(`nonce="${nonce}"`);
});

test("once the server knows a prerendered page's policy it sends the same one, and a client cannot switch the proxy off", async ({
  request,
}) => {
  // The first request goes through proxy.ts, which records the policy; later ones are answered with it
  // by scripts/server.mjs without running the proxy.
  const policies = [];
  for (let i = 0; i < 3; i++)
    policies.push((await request.get("/glossary/roofline")).headers()["content-security-policy"]);
  expect(policies[0]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(new Set(policies).size).toBe(1);
  // The marker that skips the proxy is the server's own: sent by a client, it is dropped.
  const forged = await request.get("/calculators/margin", { headers: { "x-ie-static-csp": "1" } });
  expect(forged.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
});

for (const url of [
  "/",
  "/glossary/kv-cache",
  "/glossary",
  "/calculators/gpu-memory?contextTokens=16384",
  "/newsletter",
  "/no-such-page",
  "/glossary/no-such-term",
  "/signin",
]) {
  test(`${url} runs its scripts under the policy: no violation, the page hydrates`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(url);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    expect(violations).toEqual([]);
  });
}

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});
