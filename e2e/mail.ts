// Reads the mail the SMTP sink received (e2e/smtp-sink.mjs) and the e2e database.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { parseMail, type SinkMessage } from "../lib/testing/smtp-sink";

const dir = path.resolve("data/e2e/mail");

export type ReceivedMail = SinkMessage & { receivedAt: number };

async function readAll(): Promise<ReceivedMail[]> {
  if (!fs.existsSync(dir)) return [];
  return Promise.all(
    fs
      .readdirSync(dir)
      .sort()
      .map(async (f) => {
        const file = path.join(dir, f);
        return { ...(await parseMail(fs.readFileSync(file))), receivedAt: fs.statSync(file).mtimeMs };
      }),
  );
}

/** Waits for a mail to `to` whose subject matches. */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 10_000, since = 0): Promise<ReceivedMail> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readAll())
      .reverse()
      .find((m) => m.to.includes(to) && subject.test(m.subject) && m.receivedAt >= since);
    if (found) return found;
    if (Date.now() > end) throw new Error(`no mail to ${to} matching ${subject}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function mailsTo(to: string) {
  return (await readAll()).filter((m) => m.to.includes(to));
}

/** A link from a mail, moved onto the test server's origin (mail links use SITE_URL). */
export function linkFrom(text: string, pathPrefix: string, baseURL: string): string {
  const match = new RegExp(`https?://\\S*${pathPrefix.replace(/[?]/g, "\\?")}\\S*`).exec(text);
  if (!match) throw new Error(`no ${pathPrefix} link in mail`);
  const url = new URL(match[0]);
  return new URL(url.pathname + url.search, baseURL).toString();
}

export function subscriberStatus(email: string): string | undefined {
  const db = new Database(path.resolve("data/e2e/app.db"), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT status FROM "Subscriber" WHERE email = ?`).get(email) as { status: string } | undefined)
      ?.status;
  } finally {
    db.close();
  }
}

export const uniqueEmail = (label: string) =>
  `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
