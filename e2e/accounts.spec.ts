import type { Page } from "@playwright/test";
import { e2eDb, requestSignInLink, signInLinkFor } from "./auth";
import { expect, expectNoAxeViolations, gotoHydrated, test } from "./fixtures";
import { uniqueEmail } from "./mail";

// These flows sign in through real mail and run axe on several pages: more than the default 30 s on 2 busy cores.
test.describe.configure({ timeout: 120_000 });

/** Saves the blended-price widget on the token-pricing page with the given inputs; returns the new id. */
async function saveFromTermPage(page: Page, name: string, inputs: Record<string, string>) {
  await gotoHydrated(page, "/glossary/blended-price");
  const widget = page.locator("#calculator-blended-price");
  for (const [label, value] of Object.entries(inputs))
    await widget.getByLabel(label, { exact: false }).first().fill(value);
  await widget.getByText("Save scenario").click();
  await widget.getByLabel("Name").fill(name);
  await widget.getByRole("button", { name: "Save", exact: true }).click();
  const saved = widget.getByRole("status").filter({ hasText: "Scenario saved" });
  await expect(saved).toContainText(`Scenario saved as “${name}”`);
  const href = await saved.getByRole("link", { name: "Open it in My scenarios" }).getAttribute("href");
  return href!.split("/").at(-1)!;
}

test("magic link: a GET of the link uses nothing, the button signs in once, the session cookie is HttpOnly and SameSite, sign-out ends access", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("signin");
  const link = await requestSignInLink(page, email, baseURL!);
  const url = new URL(link);
  // 32 random bytes from Auth.js, hex: 256 bits.
  expect(url.searchParams.get("token")).toMatch(/^[0-9a-f]{64}$/);

  // What a mail scanner does: GET the link, and GET Auth.js's callback URL directly. Neither signs in or uses the token.
  expect((await context.request.get(link)).status()).toBe(200);
  const direct = await context.request.get(`/api/auth/callback/email${url.search}`, { maxRedirects: 0 });
  expect(direct.status()).toBe(303);
  expect(direct.headers().location).toContain("/signin/verify?");
  expect((await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"))).toBeUndefined();

  await page.goto(link);
  await expect(page.getByText(`Signing in as ${email}`)).toBeVisible();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/scenarios$/);
  await expect(page.getByRole("heading", { name: "My scenarios" })).toBeVisible();

  const session = (await context.cookies()).find((c) => c.name === "authjs.session-token");
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  // Database sessions: the cookie holds an opaque id that is a row in Session.
  expect(
    e2eDb((db) => db.prepare(`SELECT COUNT(*) AS n FROM "Session" WHERE "sessionToken" = ?`).get(session!.value)),
  ).toEqual({ n: 1 });

  // Private pages are never cached.
  const privateResponse = await context.request.get("/scenarios");
  expect(privateResponse.headers()["cache-control"]).toMatch(/private/);
  expect(privateResponse.headers()["cache-control"]).toMatch(/no-store/);

  // The header menu knows the reader.
  await gotoHydrated(page, "/glossary");
  const header = page.getByRole("banner");
  await header.getByRole("button", { name: "Account" }).click();
  await expect(header.getByText(email)).toBeVisible();
  await expect(header.getByRole("link", { name: "My scenarios" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Newsletter admin" })).toHaveCount(0);

  // The link works once.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(otherPage.getByRole("heading", { name: "This sign-in link is not valid" })).toBeVisible();
  await other.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(
    e2eDb((db) => db.prepare(`SELECT COUNT(*) AS n FROM "Session" WHERE "sessionToken" = ?`).get(session!.value)),
  ).toEqual({ n: 0 });
  await page.goto("/scenarios");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)scenarios$/);
  await context.close();
});

test("an expired sign-in link says so and does not sign in, even when its button is posted", async ({
  page,
  baseURL,
}) => {
  const email = uniqueEmail("expired");
  const link = await requestSignInLink(page, email, baseURL!);
  // A day passes (Auth.js stores `expires` as epoch milliseconds in SQLite).
  e2eDb((db) =>
    db.prepare(`UPDATE "VerificationToken" SET expires = ? WHERE identifier = ?`).run(Date.now() - 1000, email),
  );
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This sign-in link has expired" })).toBeVisible();
  // Posting the callback anyway (as the button would) is refused by Auth.js.
  const url = new URL(link);
  const response = await page.request.post(`/api/auth/callback/email${url.search}`, { maxRedirects: 0, form: {} });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toContain("/signin?error=Verification");
  expect((await page.context().cookies()).find((c) => c.name === "authjs.session-token")).toBeUndefined();
  await page.goto("/signin?error=Verification");
  await expect(page.locator("main [role=alert]")).toContainText("expired or has already been used");
});

test("sign-in mails are rate-limited per address, with the same answer for every address", async ({ page }) => {
  const email = uniqueEmail("limit");
  for (let i = 0; i < 5; i++) {
    await page.goto("/signin");
    await page.locator("main").getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await page.goto("/signin");
  await page.locator("main").getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("main .field-error")).toContainText("Too many sign-in links");
  // A malformed address names the problem.
  await page.locator("main").getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("main .field-error")).toContainText("Enter an address like name@example.com.");
  // Auth.js's own email endpoint, which would skip the limits, is closed.
  expect((await page.request.post("/api/auth/signin/email", { form: { email } })).status()).toBe(404);
});

test("save from an embedded widget, list, rename, note, duplicate, delete, share, revoke and compare", async ({
  browser,
  baseURL,
  newUser,
}) => {
  const { page } = await newUser("scenarios");
  // (1 × $3 + $15) ÷ 2 = $9; (3 × $2.5 + $10) ÷ 4 = $4.375.
  const idA = await saveFromTermPage(page, "Chat blend", {
    "Input price": "3",
    "Output price": "15",
    "Input:output token ratio": "1",
  });
  const idB = await saveFromTermPage(page, "Default blend", {});

  await page.goto("/scenarios");
  const rowA = page.getByRole("row").filter({ hasText: "Chat blend" });
  await expect(rowA).toContainText("Blended token price");
  await expect(rowA).toContainText("Blended price: $9.00");
  await expect(page.getByRole("row").filter({ hasText: "Default blend" })).toContainText("$4.38");
  await expect(page.getByText("2 of 500 used")).toBeVisible();

  // Open: the calculator is restored.
  await gotoHydrated(page, `/scenarios/${idA}`);
  await expect(page.getByLabel("Input price")).toHaveValue("3");
  await expect(page.locator('[data-output="blendedPricePerMUsd"]').first()).toHaveText("$9.00");

  // Rename and note; a name over 120 characters is refused, naming the field, and what was typed stays.
  const editForm = page.locator("form[data-testid=edit-scenario-form]");
  // The field stops typing at 120; a request that gets past it (here: the attribute removed) is refused by the server.
  await editForm.getByLabel("Name").evaluate((el) => el.removeAttribute("maxlength"));
  await editForm.getByLabel("Name").fill("x".repeat(121));
  await editForm.getByLabel("Note").fill("typed, not lost");
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(editForm.locator(".field-error")).toHaveText("A name is at most 120 characters.");
  await expect(editForm.getByLabel("Name")).toHaveValue("x".repeat(121));
  await expect(editForm.getByLabel("Note")).toHaveValue("typed, not lost");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chat blend"); // nothing changed
  await editForm.getByLabel("Name").fill("Chat blend, 1:1");
  await editForm.getByLabel("Note").fill("Claude-like list prices");
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(editForm.getByRole("status")).toHaveText("Changes saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chat blend, 1:1");

  // Share, open signed out, check the social card, revoke: 404.
  await page.getByRole("button", { name: "Create a public link" }).click();
  const shareUrl = await page.getByLabel("Public link").inputValue();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const shareField = page.locator("[data-testid=copy-field]");
  await shareField.getByRole("button", { name: "Copy link" }).click();
  await expect(shareField.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);
  const token = shareUrl.split("/s/")[1]!;
  expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const shared = await strangerPage.goto(`/s/${token}`);
  expect(shared!.status()).toBe(200);
  await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText("Chat blend, 1:1");
  await expect(strangerPage.getByTestId("shared-headline")).toHaveText("$9.00");
  await expect(strangerPage.getByText("Claude-like list prices")).toBeVisible();
  // Read-only: none of the owner's controls.
  await expect(strangerPage.getByRole("button", { name: /Save changes|Stop sharing|Duplicate|Delete/ })).toHaveCount(0);
  const ogImage = await strangerPage.locator('meta[property="og:image"]').getAttribute("content");
  const png = await stranger.request.get(
    new URL(new URL(ogImage!).pathname + new URL(ogImage!).search, baseURL).toString(),
  );
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  await expectNoAxeViolations(strangerPage);

  await page.getByRole("button", { name: "Stop sharing" }).click();
  await expect(page.getByText("Sharing stopped")).toBeVisible();
  expect((await stranger.request.get(`/s/${token}`)).status()).toBe(404);
  // The withdrawn link says so, not "the term may have a different name".
  await strangerPage.goto(`/s/${token}`);
  await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText("This shared link no longer works");
  await expect(strangerPage.getByText(/owner withdrew it/)).toBeVisible();
  expect((await stranger.request.get(`/s/${token}/opengraph-image`)).status()).toBe(404);
  await stranger.close();

  // Duplicate, then delete the copy after confirming.
  await page.goto("/scenarios");
  await page.getByRole("button", { name: "Duplicate “Chat blend, 1:1”" }).click();
  await expect(page.getByText("Scenario duplicated.")).toBeVisible();
  const copyRow = page.getByRole("row").filter({ hasText: "Chat blend, 1:1 (copy)" });
  await expect(copyRow).toContainText("$9.00");
  await copyRow.getByText("Delete…").click();
  await copyRow.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText("Scenario deleted.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "(copy)" })).toHaveCount(0);

  // Compare with one ticked: the list explains why two are needed and keeps the tick.
  await page.getByLabel("Compare “Chat blend, 1:1”").check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/scenarios\?compare=few/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("needs at least two: you ticked one");
  await expect(page.getByLabel("Compare “Chat blend, 1:1”")).toBeChecked();

  // Compare: pick two, get a URL, see the differences marked.
  await page.getByLabel("Compare “Chat blend, 1:1”").check();
  await page.getByLabel("Compare “Default blend”").check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/compare\\?ids=(${idA}|${idB})&ids=(${idA}|${idB})`));
  const priceRow = page.locator('tr[data-row="out.blendedPricePerMUsd"]');
  await expect(priceRow.locator("td")).toHaveText([/\$(9\.00|4\.38)/, /\$(9\.00|4\.38)/]);
  await expect(priceRow.locator("td[data-differs]")).toHaveCount(1);
  await expect(page.locator('tr[data-row="in.outputPricePerM"] td[data-differs]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  const compareUrl = page.url();
  await page.reload();
  expect(page.url()).toBe(compareUrl);
  await expect(priceRow.locator("td[data-differs]")).toHaveCount(1);

  // On a phone: one card per scenario instead of a table cut at the edge, and the list as cards too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator("[data-testid=scenario-card]")).toHaveCount(2);
  await expect(page.locator("[data-testid=scenario-card]").first()).toBeVisible();
  await expect(page.locator("table[data-testid=scenario-table]")).toBeHidden();
  await expect(
    page.locator('[data-testid=scenario-card] [data-row="out.blendedPricePerMUsd"][data-differs]'),
  ).toHaveCount(1);
  const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noOverflow()).toBe(true);
  await page.goto("/scenarios");
  await expect(page.locator('td[data-label="Result"]').filter({ hasText: "Blended price: $9.00" })).toBeVisible();
  expect(await noOverflow()).toBe(true);
});

test("another user gets 404 for my scenarios, my comparison and my private actions", async ({ newUser }) => {
  const alice = await newUser("alice");
  const idA = await saveFromTermPage(alice.page, "Alice private", {});
  const idA2 = await saveFromTermPage(alice.page, "Alice second", { "Input price": "1" });
  const bob = await newUser("bob");
  expect((await bob.page.request.get(`/scenarios/${idA}`)).status()).toBe(404);
  expect((await bob.page.request.get(`/scenarios/compare?ids=${idA}&ids=${idA2}`)).status()).toBe(404);
  await bob.page.goto("/scenarios");
  await expect(bob.page.getByText("Nothing saved yet")).toBeVisible();
  // Alice still sees hers.
  expect((await alice.page.request.get(`/scenarios/${idA}`)).status()).toBe(200);
});

for (const javaScriptEnabled of [true, false]) {
  test(`a signed-out reader saves, signs in and comes back to the same calculator with the inputs and the save done (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = uniqueEmail(javaScriptEnabled ? "roundtrip" : "roundtrip-nojs");
    if (javaScriptEnabled) {
      await gotoHydrated(page, "/glossary/blended-price");
      const widget = page.locator("#calculator-blended-price");
      await widget.getByLabel("Input price").fill("7");
      await widget.getByLabel("Output price").fill("21");
    } else {
      // Without JavaScript the widget's form submits to the calculator's own page.
      await page.goto("/calculators/blended-price?inputPricePerM=7&outputPricePerM=21&inputOutputRatio=3");
    }
    const widget = page.locator("section[data-calculator]").first();
    await widget.getByText("Save scenario").click();
    await widget.getByLabel("Name").fill("Round trip");
    await widget.getByLabel("Note (optional)").fill("kept through sign-in");
    await widget.getByRole("button", { name: "Save", exact: true }).click();

    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    const since = Date.now();
    await page.locator("main").getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto(await signInLinkFor(email, baseURL!, since));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    // Back on the same calculator with the same inputs; the save is done.
    // (3 × $7 + $21) ÷ 4 = $10.50
    if (javaScriptEnabled) {
      await expect(page).toHaveURL(
        /\/glossary\/blended-price\?calc=blended-price&.*inputPricePerM=7.*#calculator-blended-price/,
      );
      const saved = page.locator("#calculator-blended-price").getByRole("status").filter({ hasText: "Scenario saved" });
      await expect(saved).toBeVisible();
      await expect(saved).toBeInViewport();
      await expect(page.locator("#calculator-blended-price").getByLabel("Input price")).toHaveValue("7");
      await expect(page.locator('#calculator-blended-price [data-output="blendedPricePerMUsd"]').first()).toHaveText(
        "$10.50",
      );
    } else {
      await expect(page).toHaveURL(/\/calculators\/blended-price\?.*inputPricePerM=7/);
      await expect(page.getByLabel("Input price")).toHaveValue("7");
      await expect(page.locator('[data-output="blendedPricePerMUsd"]').first()).toHaveText("$10.50");
    }
    await page.goto("/scenarios");
    const row = page.getByRole("row").filter({ hasText: "Round trip" });
    await expect(row).toContainText("$10.50");
    await row.getByRole("link", { name: "Round trip" }).click();
    await expect(page.locator(".scenario-note")).toHaveText("kept through sign-in");
    await context.close();
  });
}

test("the sign-in link opened in another browser still saves, after one click", async ({ browser, baseURL }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const email = uniqueEmail("otherbrowser");
  await page.goto("/calculators/blended-price?inputPricePerM=6&outputPricePerM=18&inputOutputRatio=1");
  const widget = page.locator("section[data-calculator]").first();
  await widget.getByText("Save scenario").click();
  await widget.getByLabel("Name").fill("From the phone");
  await widget.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  const since = Date.now();
  await page.locator("main").getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto(await signInLinkFor(email, baseURL!, since));
  await other.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(other.getByRole("heading", { name: "Save scenario" })).toBeVisible();
  // (1 × $6 + $18) ÷ 2 = $12
  await expect(other.locator(".lead")).toContainText("$12.00");
  await expect(other.getByLabel("Name")).toHaveValue("From the phone");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await expect(other).toHaveURL(/\/calculators\/blended-price\?.*inputPricePerM=6/);
  await other.goto("/scenarios");
  await expect(other.getByRole("row").filter({ hasText: "From the phone" })).toContainText("$12.00");
  await first.close();
  await second.close();
});

test("a return path with a dot segment cannot send the reader to another site after Save", async ({
  baseURL,
  user,
}) => {
  const { page } = user;
  // "/.//evil.example" became "//evil.example" (another host) once new URL() resolved the "./".
  await page.goto("/scenarios/new?calc=margin&name=x&returnTo=%2F.%2F%2Fevil.example");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.has("saved") || url.origin !== new URL(baseURL!).origin);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/calculators/margin");
  await page.context().close();
});

test("a scenario name with a bidi override or a control character is refused with a field error and nothing is saved", async ({
  user,
}) => {
  const { page } = user;
  for (const name of ["gpt\u202Eevil", "line\u0000break"]) {
    await page.goto(`/scenarios/new?${new URLSearchParams({ calc: "margin", name })}`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("The scenario was not saved. Fix the fields below.")).toBeVisible();
  }
  await page.goto("/scenarios");
  await expect(page.getByRole("row").filter({ hasText: "evil" })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: "break" })).toHaveCount(0);
  await page.context().close();
});

test("account pages have no axe violations, with the account menu open @mobile", async ({ browser, newUser }) => {
  const { page } = await newUser("axe");
  const id = await saveFromTermPage(page, "Axe check", {});
  for (const url of ["/scenarios", `/scenarios/${id}`]) {
    await gotoHydrated(page, url);
    await expectNoAxeViolations(page);
  }
  const header = page.getByRole("banner");
  await header.getByRole("button", { name: "Account" }).click();
  await expect(header.getByRole("link", { name: "My scenarios" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(header.getByRole("link", { name: "My scenarios" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Account" })).toBeFocused();

  const signedOut = await (await browser.newContext()).newPage();
  for (const url of ["/signin", "/signin/check-email", "/signin/verify?token=nope&email=a@example.com"]) {
    await signedOut.goto(url);
    await expectNoAxeViolations(signedOut);
  }
  await signedOut.close();
});
