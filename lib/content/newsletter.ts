// Newsletter issues: content/newsletter/<slug>.mdx with validated frontmatter. Pure parsing here;
// links to glossary terms are checked against the glossary like term bodies are.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { slugPattern } from "./schema";
import { bodyLinks, ContentError, splitFrontmatter } from "./terms";

export const issueFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(300),
  date: z.iso.date({ message: "must be a date written YYYY-MM-DD" }),
});

export type NewsletterIssue = z.infer<typeof issueFrontmatterSchema> & { slug: string; file: string; body: string };

export function parseIssues(files: { file: string; source: string }[], termSlugs: Set<string>): NewsletterIssue[] {
  const problems: string[] = [];
  const issues: NewsletterIssue[] = [];
  for (const { file, source } of files) {
    const slug = file.replace(/^.*\//, "").replace(/\.mdx$/, "");
    if (!slugPattern.test(slug)) {
      problems.push(`${file}: file name: must be a lower-case slug`);
      continue;
    }
    const parts = splitFrontmatter(source);
    if (!parts) {
      problems.push(`${file}: frontmatter: missing`);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(parts.yaml);
    } catch (error) {
      problems.push(`${file}: frontmatter: not valid YAML (${(error as Error).message.split("\n")[0]})`);
      continue;
    }
    const parsed = issueFrontmatterSchema.safeParse(data ?? {});
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file}: ${i.path.join(".") || "frontmatter"}: ${i.message}`));
      continue;
    }
    const body = parts.body;
    for (const link of bodyLinks(body)) if (!termSlugs.has(link)) problems.push(`${file}: body: link to /glossary/${link} points to no term`);
    issues.push({ ...parsed.data, slug, file, body });
  }
  if (problems.length) throw new ContentError(problems);
  return issues.sort((a, b) => b.date.localeCompare(a.date));
}
