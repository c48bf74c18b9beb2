import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { themeBootScript } from "../theme-boot";
import { contentSecurityPolicy, inlineScriptHashes, themeScriptHash } from "./csp";

const hashOf = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes the inline scripts that run, once each, and skips external scripts and data blocks", () => {
    const html = `<head><script>a()</script><script src="/x.js" async=""></script></head>
<body><script type="application/ld+json">{"@type":"DefinedTerm"}</script><script>self.__next_f.push([1,"x"])</script><script>a()</script>
<script type="module">b()</script><script></script></body>`;
    expect(inlineScriptHashes(html)).toEqual([hashOf("a()"), hashOf('self.__next_f.push([1,"x"])'), hashOf("b()")]);
  });

  it("matches the base64 SHA-256 a browser computes: sha256 of 'alert(1)' by hand from openssl", () => {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes("<script>alert(1)</script>")).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
    ]);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only from this origin, the theme script's hash and the given hashes or nonce", () => {
    const policy = contentSecurityPolicy({ scripts: ["'nonce-abc'"] });
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' ${hashOf(themeBootScript)} 'nonce-abc'`);
    expect(themeScriptHash).toBe(hashOf(themeBootScript));
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "default-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("adds GitHub to form-action and upgrades requests under HTTPS; relaxes scripts only for next dev", () => {
    expect(contentSecurityPolicy({ scripts: [], github: true, https: true })).toMatch(
      /form-action 'self' https:\/\/github\.com; upgrade-insecure-requests$/,
    );
    expect(contentSecurityPolicy({ scripts: [], dev: true })).toContain(
      "script-src 'self' 'unsafe-eval' 'unsafe-inline'",
    );
  });
});
