import "server-only";
import fs from "node:fs";
import path from "node:path";
import { cache } from "react";
import { buildGlossary, type Glossary } from "./terms";

export const termsDir = path.join(process.cwd(), "content", "terms");

/** Reads every content/terms/*.mdx. Throws, naming file and field, on any invalid file: the build fails. */
export const getGlossary = cache((): Glossary => {
  const files = fs
    .readdirSync(termsDir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => ({ file: `content/terms/${name}`, source: fs.readFileSync(path.join(termsDir, name), "utf8") }));
  return buildGlossary(files);
});
