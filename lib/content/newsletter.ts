// Newsletter issues: content/newsletter/<slug>.mdx with validated frontmatter. Pure parsing here;
// links to glossary terms are checked against the glossary like term bodies are.
import { z } from "zod";
import { parseContentFile } from "./frontmatter";
import { bodyLinks, ContentError } from "./terms";

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
    const { slug, body, data, problems: fileProblems } = parseContentFile(file, source, issueFrontmatterSchema);
    if (!data || body === undefined) {
      problems.push(...fileProblems);
      continue;
    }
    for (const link of bodyLinks(body))
      if (!termSlugs.has(link)) problems.push(`${file}: body: link to /glossary/${link} points to no term`);
    issues.push({ ...data, slug, file, body });
  }
  if (problems.length) throw new ContentError(problems);
  return issues.sort((a, b) => b.date.localeCompare(a.date));
}
