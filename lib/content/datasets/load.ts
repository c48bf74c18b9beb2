// Reference datasets, part 3: reading content/data/*.json (server only: node:fs). Load the data in a
// server component and pass what a client component needs as props.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { oncePerProcess } from "../files";
import { parseDatasets } from "./checks";
import type { Datasets } from "./schemas";

// ---------------------------------------------------------------------------------------------------
// Loading (server only)

/**
 * Reads content/data/*.json under process.cwd() and validates it (throws DatasetError). Memoized like
 * the other content loaders (oncePerProcess): once per production process, once per request in
 * development so an edited file shows on reload.
 */
export const loadDatasets = oncePerProcess((): Datasets => {
  // A literal path (content/data, as dataDirRelative says): the bundler then traces just this folder.
  const dir = path.join(process.cwd(), "content", "data");
  const sources: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith(".json")) sources[name] = fs.readFileSync(path.join(dir, name), "utf8");
  }
  return parseDatasets(sources);
});
