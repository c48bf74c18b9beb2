import "server-only";
import { cache } from "react";
import { readContentFiles } from "./files";
import { getGlossary } from "./load";
import { parseIssues } from "./newsletter";

export const getIssues = cache(() => parseIssues(readContentFiles("content/newsletter"), new Set(getGlossary().terms.map((t) => t.slug))));
