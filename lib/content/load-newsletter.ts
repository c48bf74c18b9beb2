import "server-only";
import { oncePerProcess, readContentFiles } from "./files";
import { getGlossary } from "./load";
import { parseIssues } from "./newsletter";

export const getIssues = oncePerProcess(() =>
  parseIssues(readContentFiles("content/newsletter"), new Set(getGlossary().terms.map((t) => t.slug))),
);
