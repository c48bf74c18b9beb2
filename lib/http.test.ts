import { describe, expect, it } from "vitest";
import { isSameOrigin, mutationBody, readBodyCapped, requestOrigin, safeReturnPath } from "./http";

// lib/env.mjs parses the test process's environment: SITE_URL defaults to http://localhost:3000.
const req = (headers: Record<string, string>) => new Request("http://localhost:3100/api/x", { method: "POST", headers });

describe("requestOrigin and isSameOrigin", () => {
  it("take the host the browser used, not the URL Next.js hands route handlers", () => {
    expect(requestOrigin(req({ host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
    expect(isSameOrigin(req({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }))).toBe(true);
  });

  it("accept SITE_URL's origin and requests without Origin (scripts), refuse other sites", () => {
    expect(isSameOrigin(req({ host: "internal:8080", origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(req({ host: "127.0.0.1:3100" }))).toBe(true);
    expect(isSameOrigin(req({ host: "127.0.0.1:3100", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(req({ host: "127.0.0.1:3100", origin: "null" }))).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it("keeps paths on this site with their query and fragment", () => {
    expect(safeReturnPath("/glossary/blended-price?calc=blended-price&inputPricePerM=7#calculator-blended-price")).toBe(
      "/glossary/blended-price?calc=blended-price&inputPricePerM=7#calculator-blended-price",
    );
  });

  it("turns anything that could leave the site into the fallback", () => {
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "scenarios", "", "/a\nb", 42, undefined, "/" + "a".repeat(4000)]) {
      expect(safeReturnPath(bad, "/fallback")).toBe("/fallback");
    }
  });
});

describe("mutationBody", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://localhost:3100/api/x", { method: "POST", body, headers: { host: "127.0.0.1:3100", ...headers }, duplex: "half" } as RequestInit);
  const stream = (parts: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(new TextEncoder().encode(p));
        controller.close();
      },
    });

  it("returns the body of a same-site request within the cap", async () => {
    expect(await mutationBody(post('{"a":1}', { origin: "http://127.0.0.1:3100" }), 100)).toEqual({ text: '{"a":1}' });
    expect(await mutationBody(post(stream(["ab", "cd"])), 4)).toEqual({ text: "abcd" });
  });

  it("refuses another site's request (403, naming Origin) and a body over the cap, streamed or declared (413)", async () => {
    const foreign = await mutationBody(post("{}", { origin: "https://evil.example" }), 100);
    expect("refused" in foreign && foreign.refused.status).toBe(403);
    if ("refused" in foreign) expect((await foreign.refused.json()).error.issues[0].param).toBe("Origin");
    const noOriginButCrossSite = await mutationBody(post("{}", { "sec-fetch-site": "cross-site" }), 100);
    expect("refused" in noOriginButCrossSite && noOriginButCrossSite.refused.status).toBe(403);
    const streamed = await mutationBody(post(stream(["abc", "de"])), 4);
    expect("refused" in streamed && streamed.refused.status).toBe(413);
    expect(await readBodyCapped(post("x".repeat(10), { "content-length": "10" }), 9)).toBeNull();
  });
});
