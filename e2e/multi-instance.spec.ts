// Two production servers (`scripts/start.mjs`, as `npm start` runs it) of the same build on one PostgreSQL database (ports 3201 and 3202, started
// by playwright.config.ts when TEST_POSTGRES_URL is set), as behind a load balancer. Browsers keep
// cookies per host, not per port, so one browser context is one user going through both instances.
import { signInLinkFor } from "./auth";
import { expect, test } from "./fixtures";
import { uniqueEmail } from "./mail";

const A = "http://127.0.0.1:3201";
const B = "http://127.0.0.1:3202";

test.skip(!process.env.TEST_POSTGRES_URL && !process.env.CI, "needs TEST_POSTGRES_URL (a PostgreSQL server)");
test.describe.configure({ timeout: 120_000 });

test("a session started on one instance holds on the other, and sign-out on either ends it everywhere", async ({
  page,
}) => {
  const email = uniqueEmail("multi");
  const since = Date.now();
  await page.goto(`${A}/signin`);
  await page.locator("main").getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // The link is used on the other instance.
  await page.goto(await signInLinkFor(email, B, since));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // The return address names A's origin, which B's Auth.js does not redirect to (another origin); behind a
  // real load balancer both share one. The session is what matters here.
  await page.waitForURL((url) => url.origin === B && !url.pathname.startsWith("/signin"));
  await page.goto(`${A}/scenarios`);
  await expect(page.getByRole("heading", { name: "My scenarios" })).toBeVisible();

  // A scenario saved through A is listed by B.
  await page.goto(`${A}/calculators/blended-price?inputPricePerM=3&outputPricePerM=15&inputOutputRatio=1`);
  const widget = page.locator("section[data-calculator]").first();
  await widget.getByText("Save scenario").click();
  await widget.getByLabel("Name").fill("Saved on A");
  await widget.getByRole("button", { name: "Save", exact: true }).click();
  await expect(widget.getByRole("status").filter({ hasText: "Scenario saved" })).toBeVisible();
  await page.goto(`${B}/scenarios`);
  await expect(page.getByRole("row").filter({ hasText: "Saved on A" })).toContainText("$9.00");

  // Sign out on B; A no longer knows the session.
  await page.getByRole("banner").getByRole("button", { name: "Account" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${B}/`);
  const response = await page.request.get(`${A}/scenarios`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/signin");
});

test("rate limits count across instances: signups and sign-in links for one address, alternating A and B", async ({
  request,
  page,
}) => {
  const email = uniqueEmail("multi-limit");
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const base = i % 2 === 0 ? A : B;
    statuses.push(
      (await request.post(`${base}/api/newsletter/subscribe`, { data: { email, source: "/multi" } })).status(),
    );
  }
  // 5 per address per hour, wherever they land.
  expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);

  const signInEmail = uniqueEmail("multi-signin");
  for (let i = 0; i < 6; i++) {
    const base = i % 2 === 0 ? A : B;
    await page.goto(`${base}/signin`);
    await page.locator("main").getByLabel("Email address").fill(signInEmail);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    if (i < 5) await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    else await expect(page.locator("main .field-error")).toContainText("Too many sign-in links");
  }
});
