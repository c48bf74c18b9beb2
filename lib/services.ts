// The app's service instances, wired to the environment: one mailer, and one instance of each lib/data
// service (every lib/data module exports a factory taking its dependencies, { db, ... }, so tests pass theirs).
import "server-only";
import path from "node:path";
import { after } from "next/server";
import { getIssues } from "@/lib/content/load-newsletter";
import { healthCheck } from "@/lib/data/health";
import { newsletterService } from "@/lib/data/newsletter";
import { scenarioService } from "@/lib/data/scenarios";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/email";
import { authSecret, env } from "@/lib/env.mjs";

export const mailer = createMailer({
  smtpUrl: env.SMTP_URL,
  outboxDir: path.resolve(env.DATA_DIR, "outbox"),
  from: env.MAIL_FROM,
});

// The confirmation mail is built and sent after the answer went out. The welcome mail links the newest issue.
export const newsletter = newsletterService({
  db,
  mailer,
  siteUrl: env.SITE_URL,
  secret: authSecret(),
  defer: after,
  latestIssue: () => getIssues()[0],
});

export const scenarios = scenarioService({ db });

export const health = healthCheck({ db });
