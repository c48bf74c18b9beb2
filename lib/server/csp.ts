// The Content-Security-Policy. Scripts run only from this origin, plus inline scripts that are either
// listed by hash (pages prerendered at build: their HTML, and so their inline scripts, never change) or
// carry the per-request nonce (pages rendered per request: Next.js adds the nonce it finds in the
// request's policy). No 'unsafe-inline' or 'unsafe-eval' for scripts outside `next dev`.
import { createHash } from "node:crypto";
import { themeBootScript } from "@/lib/theme-boot";

const sha256 = (content: string) => `'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`;

/** Hash sources for every inline script that executes (JSON-LD and other data blocks do not need one). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module") continue;
    if (match[2]) hashes.add(sha256(match[2]));
  }
  return [...hashes];
}

export const themeScriptHash = sha256(themeBootScript);

export type PolicyOptions = {
  /** Extra script sources: hashes or a 'nonce-…'. */
  scripts: string[];
  dev?: boolean;
  https?: boolean;
  /** A no-JavaScript "Sign in with GitHub" form is redirected to github.com, which form-action covers. */
  github?: boolean;
};

export function contentSecurityPolicy({ scripts, dev = false, https = false, github = false }: PolicyOptions): string {
  const scriptSrc = dev
    ? ["'self'", "'unsafe-eval'", "'unsafe-inline'"]
    : [...new Set(["'self'", themeScriptHash, ...scripts])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    // React sets style attributes (chart bars, the preview card's position), and each page's CSS is an
    // inline <style> (experimental.inlineCss in next.config.mjs).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self'${github ? " https://github.com" : ""}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
