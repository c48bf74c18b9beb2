// npm run newsletter:send -- <issue-slug>
// Sends one issue to every confirmed subscriber in batches, with the RFC 8058 headers. Safe to kill
// and start again: a delivery row per (issue, subscriber) is claimed before each mail, so nobody is
// mailed twice. Prints progress as it goes.
import path from "node:path";
import { loadDatasets } from "@/lib/content/datasets";
import { readContentFiles } from "@/lib/content/files";
import { parseIssues } from "@/lib/content/newsletter";
import { buildGlossary } from "@/lib/content/terms";
import { newsletterService } from "@/lib/data/newsletter";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate.mjs";
import { createMailer } from "@/lib/email";
import { renderIssueMail } from "@/lib/email/issue";
import { authSecret, env } from "@/lib/env.mjs";

const slug = process.argv[2];
if (!slug) {
  console.error("Usage: npm run newsletter:send -- <issue-slug>   (the file name in content/newsletter, without .mdx)");
  process.exit(2);
}

const glossary = buildGlossary(readContentFiles("content/terms"));
const issues = parseIssues(readContentFiles("content/newsletter"), new Set(glossary.terms.map((t) => t.slug)));
const issue = issues.find((i) => i.slug === slug);
if (!issue) {
  console.error(`No issue "${slug}". Known: ${issues.map((i) => i.slug).join(", ")}`);
  process.exit(2);
}

await migrate(env.DATABASE_URL);
const db = createDb(env.DATABASE_URL);
const mailer = createMailer({
  smtpUrl: env.SMTP_URL,
  outboxDir: path.resolve(env.DATA_DIR, "outbox"),
  from: env.MAIL_FROM,
});
const service = newsletterService({ db, mailer, siteUrl: env.SITE_URL, secret: authSecret() });
const render = await renderIssueMail(issue, loadDatasets(), env.SITE_URL);

console.log(
  `Sending "${issue.title}" (${slug}) via ${env.SMTP_URL ? "SMTP" : `the outbox folder ${path.resolve(env.DATA_DIR, "outbox")}`}`,
);
const result = await service.sendIssue(slug, render, {
  batchSize: 25,
  onProgress: ({ sent, failed, remaining }) => console.log(`sent ${sent}, failed ${failed}, remaining ${remaining}`),
});
console.log(`Done: ${result.sent} sent, ${result.failed} failed in this run.`);
if (result.interrupted > 0) {
  console.log(
    `${result.interrupted} deliveries were in flight when an earlier run stopped; they are not re-sent, so nobody gets the issue twice.`,
  );
}
mailer.close();
await db.$disconnect();
