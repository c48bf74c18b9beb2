import "server-only";
import fs from "node:fs";
import path from "node:path";
import { cache } from "react";
import { getGlossary } from "./load";
import { parseIssues } from "./newsletter";

export const newsletterDir = path.join(process.cwd(), "content", "newsletter");

export const getIssues = cache(() => {
  const files = fs
    .readdirSync(newsletterDir)
    .filter((n) => n.endsWith(".mdx"))
    .map((n) => ({ file: `content/newsletter/${n}`, source: fs.readFileSync(path.join(newsletterDir, n), "utf8") }));
  return parseIssues(files, new Set(getGlossary().terms.map((t) => t.slug)));
});
