import "server-only";
import { oncePerProcess, readContentFiles } from "./files";
import { buildGlossary, type Glossary } from "./terms";

/** Reads every content/terms/*.mdx. Throws, naming file and field, on any invalid file: the build fails. */
export const getGlossary = oncePerProcess((): Glossary => buildGlossary(readContentFiles("content/terms")));
