// The end-to-end tests' fixtures (Playwright's test.extend, as epic-stack does): the mail the SMTP sink
// received, signing in through it, and readers who are already signed in, each in a browser context of
// their own that the fixture closes. Specs import { test, expect } from here instead of @playwright/test.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { signIn } from "./auth";
import { linkFrom, mailsTo, uniqueEmail, waitForMail, type ReceivedMail } from "./mail";

export { expect };

/** The mail e2e/smtp-sink.ts received (it writes each message to data/e2e/mail). */
export type Outbox = {
  /** Waits for a mail to `to` whose subject matches, received at or after `since` (ms). */
  waitFor: (to: string, subject: RegExp, options?: { timeoutMs?: number; since?: number }) => Promise<ReceivedMail>;
  /** Every mail to `to` so far. */
  to: (to: string) => Promise<ReceivedMail[]>;
  /** The first link in `text` whose path starts with `pathPrefix`, moved onto the test server. */
  link: (text: string, pathPrefix: string) => string;
};

export type SignedInUser = { email: string; page: Page };

type Fixtures = {
  outbox: Outbox;
  /** Signs `page` in as `email` through the form, the mailed link and its button; lands on `callbackPath`. */
  signIn: (page: Page, email: string, callbackPath?: string) => Promise<void>;
  /** A new reader with a fresh address (`label` starts it), signed in, in a browser context of their own. */
  newUser: (label: string) => Promise<SignedInUser>;
  /** One such reader, made on first use. */
  user: SignedInUser;
};

export const test = base.extend<Fixtures>({
  outbox: async ({ baseURL }, provide) => {
    await provide({
      waitFor: (to, subject, { timeoutMs = 10_000, since = 0 } = {}) => waitForMail(to, subject, timeoutMs, since),
      to: mailsTo,
      link: (text, pathPrefix) => linkFrom(text, pathPrefix, baseURL!),
    });
  },
  signIn: async ({ baseURL }, provide) => {
    await provide((page, email, callbackPath) => signIn(page, email, baseURL!, callbackPath));
  },
  newUser: async ({ browser, signIn }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (label) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const email = uniqueEmail(label);
      await signIn(page, email);
      return { email, page };
    });
    for (const context of contexts) await context.close();
  },
  user: async ({ newUser }, provide, testInfo) => {
    await provide(
      await newUser(
        testInfo.title
          .slice(0, 12)
          .replace(/[^a-z0-9]+/gi, "-")
          .toLowerCase() || "user",
      ),
    );
  },
});

/** Opens a page and waits until React has attached its handlers (keyboard shortcuts, previews). */
export async function gotoHydrated(page: Page, url: string) {
  await page.goto(url);
  await waitHydrated(page);
}

/** The page hydrated, its calculators too: a calculator's code loads on demand and may hydrate just after the rest. */
export async function waitHydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("section[data-calculator]")].every((s) => s.hasAttribute("data-live")),
  );
}

/** Fails with the list of rules and nodes when axe finds any WCAG 2.x A/AA violation on the page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
