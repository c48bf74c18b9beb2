import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NUM_RUNS } from "@/lib/economics/test-support";
import { isSameOrigin, mutationBody, readBodyCapped, requestOrigin, safeReturnPath, withSaved } from "./http";

// lib/env.mjs parses the test process's environment: SITE_URL defaults to http://localhost:3000.
const req = (headers: Record<string, string>) =>
  new Request("http://localhost:3100/api/x", { method: "POST", headers });

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
    for (const bad of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "scenarios",
      "",
      "/a\nb",
      42,
      undefined,
      "/" + "a".repeat(4000),
    ]) {
      expect(safeReturnPath(bad, "/fallback")).toBe("/fallback");
    }
  });

  it("normalises before checking, so dot segments cannot turn a path into another host (the reported payloads)", () => {
    // ?returnTo=%2F.%2F%2Fevil.example on /scenarios/new, and the same through /scenarios/resume.
    for (const bad of [
      "/.//evil.example",
      "/..//evil.example",
      "/a/..//evil.example",
      "/%2e//evil.example",
      "/%2E%2E//evil.example",
      "/./\\evil.example",
      "/%2F%2Fevil.example",
      "/%5cevil.example",
      "/\t/evil.example",
    ]) {
      expect(safeReturnPath(bad, "/fallback"), bad).toBe("/fallback");
    }
    expect(withSaved("/.//evil.example", "abc")).toBe("/scenarios?saved=abc");
    expect(safeReturnPath("/calculators/./margin/../margin?x=1#r")).toBe("/calculators/margin?x=1#r");
    expect(withSaved("/calculators/margin?pricePerM=2#result", "abc")).toBe(
      "/calculators/margin?pricePerM=2&saved=abc#result",
    );
  });

  it("never returns anything that leaves the site, before or after ?saved= is added (property)", () => {
    const site = "https://site.example";
    const piece = fc.constantFrom(
      "/",
      "//",
      ".",
      "..",
      "%2e",
      "%2E",
      "%2f",
      "%2F",
      "%5c",
      "%5C",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      "javascript:",
      "http:",
      "evil.example",
      "@",
      ":",
      "?",
      "#",
      "a",
      "%00",
      "%",
      "\u00e9",
    );
    const candidate = fc
      .tuple(fc.boolean(), fc.array(piece, { maxLength: 12 }))
      .map(([lead, parts]) => (lead ? "/" : "") + parts.join(""));
    const staysHere = (path: string) => {
      expect(path).toMatch(/^\/(?![/\\])/);
      expect(new URL(path, site).origin).toBe(site);
    };
    fc.assert(
      fc.property(candidate, (value) => {
        const path = safeReturnPath(value, "/fallback");
        staysHere(path);
        expect(safeReturnPath(path, "/fallback")).toBe(path); // already normalised: a second reader sees the same path
        staysHere(withSaved(path, "id"));
        staysHere(withSaved(value, "id"));
      }),
      { numRuns: NUM_RUNS * 10 },
    );
  });
});

describe("mutationBody", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://localhost:3100/api/x", {
      method: "POST",
      body,
      headers: { host: "127.0.0.1:3100", ...headers },
      duplex: "half",
    } as RequestInit);
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
