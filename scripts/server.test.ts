import fs from "node:fs";
import type http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env.mjs";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/server/request-policy.mjs";
import { createHttpServer, refusal } from "./server.mjs";

const SITE = "http://localhost:3000";
const request = (method: string, url: string, headers: Record<string, string> = {}) =>
  ({ method, url, headers: { host: "127.0.0.1:3100", ...headers } }) as unknown as http.IncomingMessage;

describe("requests the server refuses before Next.js", () => {
  it("lets ordinary requests through", () => {
    for (const r of [
      request("GET", "/"),
      request("GET", "/glossary/kv-cache?calc=margin&x=%ff"),
      request("GET", "/glossar%79/kv-cache"),
      request("HEAD", "/api/auth/session"),
      request("OPTIONS", "/api/health"),
      request("POST", "/api/newsletter/subscribe", { origin: "https://evil.example" }), // the route handler decides
      request("GET", "/", { host: "localhost:3000" }),
      request("GET", "/", { host: "[::1]:3000" }),
      request("GET", "/", { host: "inference-economics.example." }),
      request("GET", "/", { host: "my_app:8080" }),
    ]) {
      expect(refusal(r, SITE)).toBeNull();
    }
  });

  it("answers 400 to malformed percent-escapes, request targets and Host headers", () => {
    for (const url of ["/%ff", "/api/v1/calculators/%ff", "/glossary/%E0%A4%A", "/s/%ff", "/%"]) {
      expect(refusal(request("GET", url), SITE)).toMatchObject({ status: 400, param: "(path)" });
    }
    expect(refusal(request("OPTIONS", "*"), SITE)).toMatchObject({ status: 400, param: "(request target)" });
    expect(refusal(request("GET", "http://evil.example/"), SITE)).toMatchObject({ status: 400 });
    for (const host of ["a b", "[::1", "exa%mple.com", "example.com:port", "a/b", "example.com:3000:1", "", "@evil"]) {
      expect(refusal(request("GET", "/", { host }), SITE)).toMatchObject({ status: 400, param: "Host" });
    }
  });

  it("refuses a __proto__ query parameter, which Next.js would drop before the route reads it", () => {
    for (const url of [
      "/api/v1/calculators/margin?__proto__=1",
      "/?a=1&__proto__",
      "/x?__proto__=%7B%7D",
      "/x?%5F%5Fproto%5F%5F=1",
    ]) {
      expect(refusal(request("GET", url), SITE)).toMatchObject({ status: 400, param: "__proto__" });
    }
    for (const url of ["/api/v1/calculators/margin?proto=1", "/glossary/__proto__", "/x?a=__proto__"])
      expect(refusal(request("GET", url), SITE)).toBeNull();
  });

  it("answers 405 with Allow to methods no page or route accepts", () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      expect(refusal(request(method, "/glossary/kv-cache"), SITE)).toMatchObject({
        status: 405,
        allow: "GET, HEAD, OPTIONS, POST",
      });
    }
  });

  it("refuses server actions from another site (the rule of lib/server/http.ts) and oversized or unsized ones", () => {
    const action = (headers: Record<string, string>) =>
      request("POST", "/scenarios/new", { "next-action": "abc123", "content-length": "100", ...headers });
    expect(refusal(action({ origin: "http://127.0.0.1:3100" }), SITE)).toBeNull();
    expect(refusal(action({ origin: "http://localhost:3000" }), SITE)).toBeNull();
    expect(refusal(action({ "sec-fetch-site": "same-origin" }), SITE)).toBeNull();
    expect(refusal(action({ origin: "https://evil.example" }), SITE)).toMatchObject({ status: 403, param: "Origin" });
    expect(refusal(action({ origin: "null" }), SITE)).toMatchObject({ status: 403 });
    expect(refusal(action({ "sec-fetch-site": "cross-site" }), SITE)).toMatchObject({ status: 403 });
    expect(refusal(action({ "sec-fetch-site": "same-site" }), SITE)).toMatchObject({ status: 403 });
    expect(refusal(action({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }), SITE)).toMatchObject({
      status: 413,
    });
    const chunked = request("POST", "/scenarios/new", { "next-action": "abc123", "transfer-encoding": "chunked" });
    expect(refusal(chunked, SITE)).toMatchObject({ status: 411 });
    // A form posted without JavaScript is an action too (multipart, no Next-Action header) ...
    const form = (url: string, headers: Record<string, string>) =>
      request("POST", url, { "content-type": "multipart/form-data; boundary=x", "content-length": "100", ...headers });
    expect(refusal(form("/newsletter", { origin: "https://evil.example" }), SITE)).toMatchObject({ status: 403 });
    expect(refusal(form("/newsletter", { origin: "http://127.0.0.1:3100" }), SITE)).toBeNull();
    // ... but not a post to a route handler or the one-click unsubscribe, which mail providers send from elsewhere.
    expect(refusal(form("/newsletter/unsubscribe?token=t", { origin: "https://mail.example" }), SITE)).toBeNull();
    expect(refusal(form("/api/newsletter/subscribe", { origin: "https://evil.example" }), SITE)).toBeNull();
  });

  it("relies on every route handler exporting only GET and POST (how a 405's Allow header is derived)", () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name === "route.ts") routes.push(file);
      }
    };
    walk(path.resolve(import.meta.dirname, "../app"));
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      const source = fs.readFileSync(route, "utf8");
      const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(?:\{([^}]*)\}|(\w+))/g)]
        .flatMap((m) => (m[1] ?? m[2] ?? "").split(",").map((name) => name.trim()))
        .filter((name) => /^[A-Z]+$/.test(name));
      expect
        .soft(
          methods.filter((m) => m !== "GET" && m !== "POST"),
          route,
        )
        .toEqual([]);
    }
  });
});

describe("timeouts", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("default to 30 s for a request and 10 s for its headers", () => {
    const requestTimeoutMs = parseEnv({}).REQUEST_TIMEOUT_SECONDS * 1000;
    const configured = createHttpServer(() => {}, { requestTimeoutMs });
    expect([configured.requestTimeout, configured.headersTimeout]).toEqual([30_000, 10_000]);
    expect(() => parseEnv({ REQUEST_TIMEOUT_SECONDS: "0" })).toThrow(/REQUEST_TIMEOUT_SECONDS/);
  });

  /** Sends `head` (and a first byte of body), then nothing: the seconds until the server answers and closes. */
  async function stall(head: string) {
    const { port } = server!.address() as net.AddressInfo;
    const socket = net.connect(port, "127.0.0.1");
    const started = performance.now();
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
    socket.write(head);
    await new Promise((resolve) => socket.on("close", resolve));
    return { seconds: (performance.now() - started) / 1000, received };
  }

  it("cut a client that sends its body or its headers slowly", async () => {
    // The handler waits for the whole body, as Next.js does for a form.
    server = createHttpServer((req, res) => void req.resume().on("end", () => res.end("ok")), {
      requestTimeoutMs: 1_500,
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));

    const body = await stall(
      "POST /api/newsletter/subscribe HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n{",
    );
    expect(body.received).toMatch(/^HTTP\/1\.1 408/);
    expect(body.seconds).toBeGreaterThan(1.4);
    expect(body.seconds).toBeLessThan(4);

    const headers = await stall("GET / HTTP/1.1\r\nHost: local");
    expect(headers.received).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.seconds).toBeLessThan(4);
  });
});
