// lib/env.mjs comes first: an invalid environment stops the build and the server before anything runs.
import "./lib/env.mjs";
import createMDX from "@next/mdx";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The Prisma clients and the native SQLite driver stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // The Markdown version of each term lives beside its page. An afterFiles rewrite runs before the
  // dynamic /glossary/[slug] route, which would otherwise take "kv-cache.md" as a slug.
  async rewrites() {
    return [{ source: "/glossary/:slug.md", destination: "/api/v1/terms/:slug/markdown" }];
  },
};

// Plugin names as strings: Turbopack cannot take plugin functions.
const withMDX = createMDX({
  options: { remarkPlugins: ["remark-frontmatter", "remark-gfm"] },
});

export default withMDX(nextConfig);
