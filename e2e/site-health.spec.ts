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
  }
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});
