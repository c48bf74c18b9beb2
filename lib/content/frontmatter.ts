// The one reader of a content file's name and YAML frontmatter (terms, newsletter issues). Pure: the
// loaders pass the text. Every problem names the file, and the field when there is one.
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { slugPattern } from "./schema";

const frontmatterBlock = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its YAML frontmatter text and its body; undefined when there is no --- block. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = frontmatterBlock.exec(source);
  return match ? { yaml: match[1] ?? "", body: source.slice(match[0].length) } : undefined;
}

export type ContentFile<T> = {
  slug: string;
  /** Present once the --- block is found and is YAML, so callers can check the body as well. */
  body?: string;
  /** Present when the frontmatter passed the schema. */
  data?: T;
  problems: string[];
};

/** Reads `<folder>/<slug>.mdx`: its slug, its frontmatter checked against `schema`, and its body. */
export function parseContentFile<T>(file: string, source: string, schema: z.ZodType<T>): ContentFile<T> {
  const slug = file.replace(/^.*\//, "").replace(/\.mdx$/, "");
  if (!slugPattern.test(slug))
    return { slug, problems: [`${file}: file name: must be a lower-case slug such as kv-cache.mdx`] };
  const parts = splitFrontmatter(source);
  if (!parts) return { slug, problems: [`${file}: frontmatter: missing (the file must start with a --- block)`] };
  let yaml: unknown;
  try {
    yaml = parseYaml(parts.yaml);
  } catch (error) {
    return { slug, problems: [`${file}: frontmatter: not valid YAML (${(error as Error).message.split("\n")[0]})`] };
  }
  const parsed = schema.safeParse(yaml ?? {});
  if (parsed.success) return { slug, body: parts.body, data: parsed.data, problems: [] };
  return {
    slug,
    body: parts.body,
    problems: parsed.error.issues.map((i) => `${file}: ${i.path.join(".") || "frontmatter"}: ${i.message}`),
  };
}
