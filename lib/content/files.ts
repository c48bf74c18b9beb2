// Reads a content folder's MDX files as { file, source }, file named from the project root
// (content/terms/kv-cache.mdx) so every validation message points at the file to fix.
import fs from "node:fs";
import path from "node:path";

export function readContentFiles(folder: "content/terms" | "content/newsletter", root = process.cwd()) {
  const dir = path.join(root, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => ({ file: `${folder}/${name}`, source: fs.readFileSync(path.join(dir, name), "utf8") }));
}
