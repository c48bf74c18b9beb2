// Reads a content folder's MDX files as { file, source }, file named from the project root
// (content/terms/kv-cache.mdx) so every validation message points at the file to fix.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { cache } from "react";
import { env } from "@/lib/env.mjs";

export function readContentFiles(folder: "content/terms" | "content/newsletter") {
  // Literal paths under process.cwd(): the bundler traces just these folders into the server output (a
  // path it cannot resolve makes it trace the whole project, with a warning on every build).
  const dir =
    folder === "content/terms"
      ? path.join(process.cwd(), "content", "terms")
      : path.join(process.cwd(), "content", "newsletter");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => ({ file: `${folder}/${name}`, source: fs.readFileSync(path.join(dir, name), "utf8") }));
}

/**
 * Memoizes a content loader (terms, newsletter issues, datasets: the one way). Content does not change
 * while a build, a server or a test run goes, so it is read once per process: per page, as React's
 * cache() would do, makes a build of N pages parse all N files N times. In development (`next dev`),
 * once per request, so an edited file shows on reload.
 */
export function oncePerProcess<T>(load: () => T, perProcess = env.NODE_ENV !== "development"): () => T {
  if (!perProcess) return cache(load);
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
