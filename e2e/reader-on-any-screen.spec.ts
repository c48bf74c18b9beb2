import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, gotoHydrated } from "./fixtures";

// Every page type, as scripts/screenshots.mjs lists them, plus the pages a signed-out reader is sent to.
const PAGES = [
  ["home", "/"],
  ["glossary", "/glossary"],
  ["category page", "/glossary/category/serving"],
  ["term page", "/glossary/kv-cache"],
  ["calculators", "/calculators"],
  ["calculator", "/calculators/gpu-memory"],
  ["price chart", "/calculators/price-decline"],
  ["self-host calculator", "/calculators/self-host-cost"],
  ["agent session", "/calculators/agent-session"],
  ["planner", "/plan"],
  ["models with a workload", "/models?in=3000&out=500&cached=2000&requests=100000"],
  ["model page", "/models/anthropic/claude-opus-4-6"],
  ["usage", "/usage"],
  ["newsletter", "/newsletter"],
  ["issue", "/newsletter/2026-11-27-the-price-of-a-token"],
  ["newsletter confirm", "/newsletter/confirm?token=nope"],
  ["sign-in", "/signin"],
  ["check your email", "/signin/check-email"],
  ["scenarios (redirects to sign-in)", "/scenarios"],
  ["withdrawn share link", "/s/no-such-token"],
  ["404", "/glossary/no-such-term"],
] as const;

test.describe("at 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const [name, url] of PAGES) {
    test(`the ${name} does not scroll sideways`, async ({ page }) => {
      // The models table has thousands of cells: slow on a loaded 2-core machine.
      test.setTimeout(90_000);
      await gotoHydrated(page, url);
      const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
        const root = document.scrollingElement!;
        // Name the element that sticks out furthest, so a failure says where to look.
        let widest = "";
        let right = root.clientWidth;
        for (const el of document.body.querySelectorAll("*")) {
          const r = el.getBoundingClientRect();
          if (r.right > right + 0.5 && getComputedStyle(el).position !== "fixed") {
            right = r.right;
            widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""} (right edge ${Math.round(r.right)})`;
          }
        }
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
      });
      expect(scrollWidth, `widest element: ${widest}`).toBeLessThanOrEqual(clientWidth);
    });
  }
});

// Each page's CSS is inlined (experimental.inlineCss in next.config.mjs): a linked stylesheet would hold the
// first paint for one more round trip. A CSS module that only code loaded on demand imports (a calculator's
// widget) comes as such a link; components/calculators/calculator-widget-for.tsx imports those with the page.
test("no page type waits for a linked stylesheet before its first paint", async ({ request }) => {
  test.setTimeout(120_000);
  for (const [name, url] of PAGES) {
    const html = await (await request.get(url)).text();
    // A dynamic route's notFound() is served as Next.js's bare error document, its content and CSS only in
    // the RSC payload for the browser to render (vercel/next.js#62228, open): the withdrawn share link.
    if (!html.includes('id="__next_error__"')) expect(html, name).toContain("<style");
    expect(html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [], `${name} (${url})`).toEqual([]);
  }
});

// Pictures of three page types against committed baselines (e2e/reader-on-any-screen.spec.ts-snapshots/,
// made by this machine's Debian Chromium, as in CI). Tolerant: 2% of pixels may differ.
// To update after an intended change: flock /tmp/e2e.lock npx playwright test e2e/reader-on-any-screen.spec.ts --update-snapshots
test.describe("looks as it did", () => {
  test.use({ colorScheme: "light" });
  for (const [name, url, fullPage] of [
    ["term-page", "/glossary/kv-cache", true],
    ["calculator", "/calculators/gpu-memory", true],
    ["models", "/models?in=3000&out=500&cached=2000&requests=100000", false],
  ] as const) {
    test(`the ${name} looks as it did`, async ({ page }) => {
      test.setTimeout(90_000);
      await gotoHydrated(page, url);
      // /models names today's date ("as in force on 2026-11-29"): masked.
      const mask = [page.getByText(/as in force on \d{4}-\d{2}-\d{2}/)];
      await expect(page).toHaveScreenshot(`${name}.png`, {
        fullPage,
        mask,
        animations: "disabled",
        caret: "hide",
        maxDiffPixelRatio: 0.02,
      });
    });
  }
});

// Dark and light axe checks for the page types the other specs check in one theme only (or not at all).
for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, url] of [
    ["calculators", "/calculators"],
    ["price chart", "/calculators/price-decline"],
    ["planner", "/plan"],
    ["model page", "/models/anthropic/claude-opus-4-6"],
    ["issue", "/newsletter/2026-11-27-the-price-of-a-token"],
    ["usage", "/usage"],
    ["sign-in", "/signin"],
    ["404", "/glossary/no-such-term"],
  ] as const) {
    test(`the ${name} has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
}
