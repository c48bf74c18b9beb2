import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { staticPolicies } from "@/lib/server/state.mjs";

// A build with two prerendered pages, each with one inline script of its own.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "proxy-"));
const page = (name: string, script: string) => {
  const file = path.join(root, ".next/server/app", `${name}.html`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `<html><script>${script}</script></html>`);
};
page("glossary/kv-cache", "kv()");
page("_not-found", "notFound()");

let proxy: typeof import("./proxy").proxy;
beforeAll(async () => {
  vi.spyOn(process, "cwd").mockReturnValue(root);
  ({ proxy } = await import("./proxy"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const policyOf = (pathname: string) =>
  proxy(new NextRequest(`http://localhost:3000${pathname}`)).headers.get("content-security-policy") ?? "";
const KV = "'sha256-"; // every policy has the theme script's hash; the pages' own hashes are compared below

describe("proxy.ts's policies for prerendered pages", () => {
  it("remembers one entry per page, whatever the spelling, and none for made-up or malformed paths", () => {
    const kv = policyOf("/glossary/kv-cache");
    expect(kv).toContain(KV);
    expect(kv).not.toContain("nonce");
    for (const spelling of [
      "/glossar%79/kv-cache",
      "/glossary/kv%2Dcache",
      "/glossary/kv%2dcache",
      "/glossary/kv-cache%2F",
    ]) {
      const policy = policyOf(spelling);
      // Next.js serves some of these as the page and others as a 404: both are allowed, the page by its hashes.
      expect(policy, spelling).toContain("'nonce-");
      for (const hash of kv.match(/'sha256-[^']+'/g)!) expect(policy, spelling).toContain(hash);
    }
    for (let i = 0; i < 200; i++) policyOf(`/made-up-${i}%41`);
    for (const malformed of ["/%ff", "/glossary/%E0%A4%A", "/s/%ff"]) expect(policyOf(malformed)).toContain("'nonce-");
    expect([...staticPolicies().keys()]).toEqual(["/glossary/kv-cache"]);
  });
});
