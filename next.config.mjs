// lib/env.mjs comes first: an invalid environment stops the build and the server before anything runs.
// A bare import, which the import sorter (Prettier) leaves where it is.
import "./lib/env.mjs";
import { fileURLToPath } from "node:url";
import createMDX from "@next/mdx";
import { env } from "./lib/env.mjs";
import { ACTION_BODY_LIMIT_BYTES, securityHeaders } from "./lib/server/request-policy.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx"],
  poweredByHeader: false,
  reactStrictMode: true,
  // scripts/server.mjs refuses larger action bodies with 413 before Next.js, which would answer 500.
  experimental: {
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // Each page's CSS (about 10 KB gzipped) is inlined into its HTML instead of linked: a linked stylesheet
    // blocks the first paint for one more round trip, which put the term page's first paint ~700 ms behind
    // a bare Next.js page under Lighthouse's applied mobile throttling (~100 ms behind when inlined;
    // `npm run bench:lighthouse`). Most readers land on one page from a search, so the cache a linked
    // file would give a second page view is worth less than that round trip. The style-src of the
    // Content-Security-Policy allows inline styles (lib/server/csp.ts).
    inlineCss: true,
  },
  // The Prisma clients and the native SQLite driver stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // Headers every response carries. The Content-Security-Policy is set per request in proxy.ts (hashes
  // for prerendered pages, a nonce for the others).
  async headers() {
    const security = securityHeaders(env.SITE_URL);
    // Pages that show one person's data are never stored by browsers or shared caches.
    const personal = [{ key: "Cache-Control", value: "private, no-store" }];
    return [
      { source: "/:path*", headers: security },
      ...[
        "/scenarios",
        "/scenarios/:path*",
        "/s/:path*",
        "/signin",
        "/signin/:path*",
        "/newsletter/admin",
        "/newsletter/admin/:path*",
      ].map((source) => ({
        source,
        headers: personal,
      })),
    ];
  },
  async rewrites() {
    // The Markdown version of each term lives beside its page. An afterFiles rewrite runs before the
    // dynamic /glossary/[slug] route, which would otherwise take "kv-cache.md" as a slug.
    // Only a slug's shape (lib/content/schema.ts) is rewritten: "/glossary/..md" would become a path with a
    // dot segment, which Next.js answers with a 500.
    return [{ source: "/glossary/:slug([a-z0-9]+(?:-[a-z0-9]+)*)\\.md", destination: "/api/v1/terms/:slug/markdown" }];
  },
};

// Plugin names as strings: Turbopack cannot take plugin functions.
const withMDX = createMDX({
  // figure-dates moves each quoted figure's date to the end of its sentence (see the module).
  // An absolute path: @next/mdx resolves plugin names from the directory of the MDX file it compiles.
  options: {
    remarkPlugins: [
      "remark-frontmatter",
      "remark-gfm",
      fileURLToPath(new URL("./lib/content/figure-dates.mjs", import.meta.url)),
    ],
  },
});

export default withMDX(nextConfig);
