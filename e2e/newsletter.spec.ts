import { request as playwrightRequest } from "@playwright/test";
import { expect, expectNoAxeViolations, gotoHydrated, test } from "./fixtures";
import { linkFrom, mailsTo, subscriberStatus, uniqueEmail, waitForMail } from "./mail";

for (const javaScriptEnabled of [true, false]) {
  test(`a reader subscribes from a term page, confirms, gets the welcome mail and unsubscribes in one click (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    outbox,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = uniqueEmail(javaScriptEnabled ? "js" : "nojs");

    await page.goto("/glossary/token-pricing");
    const form = page.locator("article form[data-newsletter-signup]");
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.locator("article form[data-newsletter-signup] .form-success")).toContainText("Check your inbox");
    expect(subscriberStatus(email)).toBe("pending");

    const confirmation = await outbox.waitFor(email, /Confirm your subscription/);
    const confirmUrl = outbox.link(confirmation.text, "/newsletter/confirm?token=");

    // A GET of the link (what a mail scanner does) changes nothing.
    await page.goto(confirmUrl);
    await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
    expect(subscriberStatus(email)).toBe("pending");
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("heading", { name: "You are subscribed" })).toBeVisible();
    // No subscribe box on the page that says you are subscribed.
    await expect(page.locator("form[data-newsletter-signup]:visible")).toHaveCount(0);
    expect(subscriberStatus(email)).toBe("confirmed");

    // The token is single-use.
    await page.goto(confirmUrl);
    await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();

    const welcome = await outbox.waitFor(email, /Welcome/);
    expect(welcome.text).toMatch(/The latest issue, ".+": http:\/\/localhost:3000\/newsletter\/\d{4}-\d{2}-\d{2}-/);
    expect(welcome.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const listUnsubscribe = welcome.header("list-unsubscribe")!;
    expect(listUnsubscribe).toMatch(/^<http:\/\/localhost:3000\/newsletter\/unsubscribe\?token=[^>]+>$/);
    const unsubscribeUrl = outbox.link(listUnsubscribe.slice(1, -1), "/newsletter/unsubscribe?token=");

    // GET shows a button and changes nothing.
    await page.goto(unsubscribeUrl);
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
    expect(subscriberStatus(email)).toBe("confirmed");

    // The mail client's one-click POST: no cookies, RFC 8058 body.
    const mailClient = await playwrightRequest.newContext();
    const response = await mailClient.post(unsubscribeUrl, {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(response.status()).toBe(200);
    expect(subscriberStatus(email)).toBe("unsubscribed");
    await mailClient.dispose();
    await context.close();
  });
}

test("the unsubscribe page's button works in the browser too", async ({ page, baseURL }) => {
  const email = uniqueEmail("button");
  await page.goto("/newsletter");
  await page.locator("main form[data-newsletter-signup]").getByLabel("Email address").fill(email);
  await page.locator("main form[data-newsletter-signup]").getByRole("button", { name: "Subscribe" }).click();
  const confirmUrl = linkFrom((await waitForMail(email, /Confirm/)).text, "/newsletter/confirm?token=", baseURL!);
  await page.goto(confirmUrl);
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  const welcome = await waitForMail(email, /Welcome/);
  await page.goto(
    linkFrom(welcome.header("list-unsubscribe")!.slice(1, -1), "/newsletter/unsubscribe?token=", baseURL!),
  );
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  expect(subscriberStatus(email)).toBe("unsubscribed");
});

for (const javaScriptEnabled of [true, false]) {
  test(`an invalid address gets a clear inline error and no mail (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/newsletter");
    const form = page.locator("main form[data-newsletter-signup]");
    await form.getByLabel("Email address").fill("ada＠example.com");
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.locator("main form[data-newsletter-signup] .field-error")).toHaveText(
      "Use a plain @ sign, not a full-width one.",
    );
    await expect(page.locator("main form[data-newsletter-signup]").getByLabel("Email address")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(await mailsTo("example.com")).not.toContainEqual(expect.objectContaining({ to: "ada＠example.com" }));
    await context.close();
  });
}

test("a second signup within 10 minutes sends no second confirmation mail, and the answer is the same", async ({
  request,
}) => {
  const email = uniqueEmail("twice");
  const first = await request.post("/api/newsletter/subscribe", { data: { email, source: "/newsletter" } });
  const second = await request.post("/api/newsletter/subscribe", { data: { email, source: "/newsletter" } });
  expect(first.status()).toBe(202);
  expect(second.status()).toBe(202);
  expect(await second.json()).toEqual(await first.json());
  await waitForMail(email, /Confirm/);
  await new Promise((r) => setTimeout(r, 500));
  expect(await mailsTo(email)).toHaveLength(1);
});

test("the JSON signup accepts this site's Origin, whatever host it is reached on, and refuses another", async ({
  request,
  baseURL,
}) => {
  const data = { email: uniqueEmail("origin"), source: "/x" };
  expect(
    (await request.post("/api/newsletter/subscribe", { data, headers: { Origin: new URL(baseURL!).origin } })).status(),
  ).toBe(202);
  const foreign = await request.post("/api/newsletter/subscribe", {
    data,
    headers: { Origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(403);
});

test("state-changing routes refuse GET and HEAD, bodies over their cap and other sites", async ({ request }) => {
  for (const url of ["/api/newsletter/subscribe", "/api/newsletter/unsubscribe"]) {
    expect((await request.get(url)).status(), `GET ${url}`).toBe(405);
    expect((await request.head(url)).status(), `HEAD ${url}`).toBe(405);
  }
  const big = await request.post("/api/newsletter/subscribe", {
    data: { email: uniqueEmail("big"), source: "x".repeat(5000) },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.issues[0].param).toBe("(body)");
  // Auth.js's POSTs (sign-out, the email callback) only from this site and small.
  const foreign = await request.post("/api/auth/signout", {
    form: { csrfToken: "x" },
    headers: { Origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.issues[0].param).toBe("Origin");
  expect((await request.post("/api/auth/callback/email", { form: { token: "x".repeat(20_000) } })).status()).toBe(413);
});

test("the JSON signup names a bad field", async ({ request }) => {
  const response = await request.post("/api/newsletter/subscribe", { data: { email: "a@b@c", source: "/x" } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.issues[0].param).toBe("email");
});

test("the admin is for ADMIN_EMAILS: signed out it asks for sign-in, another user gets 404, the admin sees counts and exports CSV", async ({
  browser,
  page,
  signIn,
}) => {
  test.setTimeout(90_000);
  await page.goto("/newsletter/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)newsletter(%2F|\/)admin$/);
  expect((await page.request.get("/newsletter/admin/export")).status()).toBe(404);

  const reader = await browser.newPage();
  await signIn(reader, uniqueEmail("not-admin"));
  expect((await reader.request.get("/newsletter/admin")).status()).toBe(404);
  expect((await reader.request.get("/newsletter/admin/export")).status()).toBe(404);
  await reader.close();

  await signIn(page, "admin@example.com", "/newsletter/admin");
  await expect(page.getByRole("heading", { name: "Subscribers by status" })).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/newsletter/admin/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["cache-control"]).toContain("no-store");
  expect((await csv.text()).split("\r\n")[0]).toBe("email,status,source,topics,createdAt,confirmedAt,unsubscribedAt");
  await gotoHydrated(page, "/");
  await page.getByRole("button", { name: "Account" }).click();
  await expect(page.getByRole("link", { name: "Newsletter admin" })).toBeVisible();
});

for (const url of ["/newsletter", "/newsletter/2026-11-27-the-price-of-a-token", "/newsletter/confirm?token=nope"]) {
  test(`${url} has no axe violations`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
}

test("each page shows one newsletter box: its own where it has one, else the footer's", async ({ page }) => {
  for (const url of ["/glossary/token-pricing", "/newsletter", "/newsletter/2026-11-27-the-price-of-a-token"]) {
    await page.goto(url);
    await expect(page.locator("form[data-newsletter-signup]:visible"), url).toHaveCount(1);
    await expect(page.locator("main form[data-newsletter-signup]"), url).toBeVisible();
  }
  await page.goto("/calculators");
  await expect(page.locator("form[data-newsletter-signup]:visible")).toHaveCount(1);
  await expect(page.locator("footer form[data-newsletter-signup]")).toBeVisible();
});
