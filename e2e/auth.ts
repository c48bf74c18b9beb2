// Signing in as a reader would: the form, the mail from the SMTP sink, the page behind the link, the button.
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { linkFrom, waitForMail } from "./mail";

/** Asks for a link and returns it, moved onto the test server. */
export async function requestSignInLink(page: Page, email: string, baseURL: string, callbackPath = "/scenarios") {
  const before = Date.now();
  await page.goto(`/signin?${new URLSearchParams({ callbackUrl: callbackPath })}`);
  await page.locator("main").getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  return signInLinkFor(email, baseURL, before);
}

/** The newest sign-in link mailed to `email` after `since`. */
export async function signInLinkFor(email: string, baseURL: string, since = 0) {
  const mail = await waitForMail(email, /sign-in link/, 10_000, since);
  return linkFrom(mail.text, "/signin/verify?", baseURL);
}

export async function signIn(page: Page, email: string, baseURL: string, callbackPath = "/scenarios") {
  const link = await requestSignInLink(page, email, baseURL, callbackPath);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin") && !url.pathname.startsWith("/api/auth"));
}

/** Runs SQL on the e2e server's SQLite database (for states a reader cannot reach quickly, such as a day passing). */
export function e2eDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.resolve("data/e2e/app.db"), { fileMustExist: true, timeout: 5000 });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
